/**
 * The REST routes of special reports (/api/v1/special-reports): list, one report with the
 * current facts of what it cites, compose, edit, submit, read, instruct, turn an
 * instruction into a task, and the report as Word or PDF.
 */
package org.ducha.node.specialreport.web;
