package org.ducha.node.federation.events;

import java.util.List;

import org.ducha.node.attachment.AttachmentRef;
import org.ducha.node.attachment.Sha256;
import org.ducha.node.federation.MalformedEventException;
import org.ducha.node.report.ReportAttachment;

/**
 * Attachment references between their domain and wire forms; a reference that does not
 * name a SHA-256 is refused as malformed.
 */
final class AttachmentWire {

	private AttachmentWire() {
	}

	static org.ducha.proto.federation.v1.AttachmentRef toWire(ReportAttachment attachment) {
		return org.ducha.proto.federation.v1.AttachmentRef.newBuilder()
			.setSha256(attachment.sha256())
			.setName(Wire.text(attachment.name()))
			.setSize(attachment.size())
			.setContentType(Wire.text(attachment.contentType()))
			.build();
	}

	static List<AttachmentRef> fromWire(List<org.ducha.proto.federation.v1.AttachmentRef> refs) {
		return refs.stream().map(AttachmentWire::fromWire).toList();
	}

	static AttachmentRef fromWire(org.ducha.proto.federation.v1.AttachmentRef ref) {
		Sha256 sha256 = Sha256.parse(ref.getSha256())
			.orElseThrow(() -> new MalformedEventException("attachment '" + ref.getSha256() + "' is not a SHA-256"));
		if (ref.getSize() <= 0) {
			throw new MalformedEventException("attachment " + sha256 + " has size " + ref.getSize());
		}
		return new AttachmentRef(sha256, ref.getName(), ref.getSize(), ref.getContentType());
	}

}
