/**
 * REST adapter of coordination (协调) on LEAD assignments.
 */
package org.ducha.node.coordination.web;
