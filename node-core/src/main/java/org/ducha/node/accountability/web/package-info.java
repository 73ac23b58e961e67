/**
 * REST adapters of the accountability ladder: proposals and decisions, steps and their
 * rectification, a unit's and a person's record and its export.
 */
package org.ducha.node.accountability.web;
