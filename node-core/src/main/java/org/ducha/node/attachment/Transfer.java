package org.ducha.node.attachment;

/**
 * A pending push of an attachment to a peer.
 *
 * @param sha256 the attachment
 * @param peer the node to push to
 * @param attempts failed attempts so far
 * @param size its length
 * @param contentType its media type
 * @param name its file name
 */
public record Transfer(Sha256 sha256, String peer, int attempts, long size, String contentType, String name) {
}
