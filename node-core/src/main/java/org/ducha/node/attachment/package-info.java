/**
 * Attachments (附件) of reports and other records: their bytes, stored once per content
 * under their SHA-256 in the node's data folder, their metadata, who uploaded them, and
 * the durable queue of transfers towards the parent. Who may read one follows the records
 * that reference it; the federation adapters move the bytes between nodes.
 */
package org.ducha.node.attachment;
