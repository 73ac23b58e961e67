/**
 * Bulletins on the federation's wire: a published bulletin goes down from its publishing
 * node to the node of every unit it names, on the task channel; its files follow as
 * attachments fetched from the parent.
 */
package org.ducha.node.bulletin.federation;
