/**
 * REST adapter of the people in charge.
 */
package org.ducha.node.people.web;
