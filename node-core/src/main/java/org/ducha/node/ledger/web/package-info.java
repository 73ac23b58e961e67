/**
 * The ledger's REST adapter: the ledger and the import template as xlsx downloads, and
 * the upload of a task list.
 */
package org.ducha.node.ledger.web;
