/**
 * The REST routes of annual priorities (/api/v1/priorities): list, one set with its
 * links, draft, edit, submit, approve, send back, and link or unlink a task or plan.
 */
package org.ducha.node.priority.web;
