package org.ducha.node.bulletin.federation;

import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.ducha.node.attachment.AttachmentRef;
import org.ducha.node.attachment.Sha256;
import org.ducha.node.bulletin.Bulletin;
import org.ducha.node.bulletin.BulletinFile;
import org.ducha.node.bulletin.BulletinKind;
import org.ducha.node.bulletin.BulletinStatus;
import org.ducha.node.bulletin.BulletinTables;
import org.ducha.node.bulletin.Mention;
import org.ducha.node.bulletin.Verdict;
import org.ducha.node.federation.MalformedEventException;
import org.ducha.node.federation.wire.Wire;
import org.ducha.proto.federation.v1.BulletinMention;
import org.ducha.proto.federation.v1.BulletinPublished;
import org.ducha.proto.federation.v1.Event;

/**
 * Published bulletins to and from their wire form; for live events and re-sync records
 * alike.
 */
final class BulletinWire {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private BulletinWire() {
	}

	static Event published(Bulletin b) {
		BulletinPublished.Builder wire = BulletinPublished.newBuilder()
			.setBulletinId(b.id())
			.setNodeCode(b.nodeCode())
			.setIssuingOrgan(b.issuingOrgan())
			.setKind(b.kind().name())
			.setPeriodFrom(b.from().toString())
			.setPeriodTo(b.to().toString())
			.setTitle(b.title())
			.setPreface(Wire.text(b.preface()))
			.setClosing(Wire.text(b.closing()))
			.setTablesJson(JSON.writeValueAsString(b.tables()))
			.setNumber(b.number())
			.setCorrects(Wire.text(b.corrects()))
			.setCreatedBy(b.createdBy())
			.setCreatedAt(Wire.timestamp(b.createdAt()))
			.setSubmittedBy(Wire.text(b.submittedBy()))
			.setDecidedBy(Wire.text(b.decidedBy()))
			.setPublishedBy(b.publishedBy())
			.setPublishedAt(Wire.timestamp(b.publishedAt()))
			.setPublishedOn(b.publishedOn().toString())
			.setDocx(ref(b, b.docx(), ".docx", BulletinFile.DOCX))
			.setPdf(ref(b, b.pdf(), ".pdf", BulletinFile.PDF));
		for (Mention m : b.mentions()) {
			wire.addMentions(BulletinMention.newBuilder()
				.setUnitCode(m.unitCode())
				.setUnitName(m.unitName())
				.setUnitNode(m.unitNode())
				.setPosition(m.position())
				.setVerdict(m.verdict().name())
				.setText(Wire.text(m.text())));
		}
		return Event.newBuilder().setBulletinPublished(wire).build();
	}

	/** The files a bulletin references, as attachments. */
	static List<AttachmentRef> files(Bulletin b) {
		return List.of(attachment(b, b.docx(), ".docx", BulletinFile.DOCX),
				attachment(b, b.pdf(), ".pdf", BulletinFile.PDF));
	}

	static Bulletin bulletin(BulletinPublished w) {
		try {
			List<Mention> mentions = w.getMentionsList()
				.stream()
				.map((m) -> new Mention(m.getUnitCode(), m.getUnitName(), m.getUnitNode(), m.getPosition(),
						Verdict.valueOf(m.getVerdict()), Wire.orNull(m.getText())))
				.toList();
			return new Bulletin(Wire.uuid(w.getBulletinId(), "bulletin_id"), w.getNodeCode(), w.getIssuingOrgan(),
					BulletinKind.valueOf(w.getKind()), Wire.date(w.getPeriodFrom()), Wire.date(w.getPeriodTo()),
					w.getTitle(), Wire.orNull(w.getPreface()), Wire.orNull(w.getClosing()),
					JSON.readValue(w.getTablesJson(), BulletinTables.class), mentions, BulletinStatus.PUBLISHED, 0,
					Wire.optionalUuid(w.getCorrects(), "corrects"), null, w.getNumber(), w.getCreatedBy(),
					Wire.instant(w.getCreatedAt()), Wire.orNull(w.getSubmittedBy()), Wire.orNull(w.getDecidedBy()),
					null, w.getPublishedBy(), Wire.instant(w.getPublishedAt()), Wire.date(w.getPublishedOn()),
					file(w.getDocx()), file(w.getPdf()));
		}
		catch (IllegalArgumentException | JacksonException | NullPointerException ex) {
			throw new MalformedEventException("Malformed bulletin: " + ex.getMessage());
		}
	}

	private static BulletinFile file(org.ducha.proto.federation.v1.AttachmentRef ref) {
		if (Sha256.parse(ref.getSha256()).isEmpty()) {
			throw new IllegalArgumentException("file sha256 '" + ref.getSha256() + "'");
		}
		return new BulletinFile(ref.getSha256(), ref.getSize());
	}

	private static org.ducha.proto.federation.v1.AttachmentRef ref(Bulletin b, BulletinFile file, String extension,
			String type) {
		return org.ducha.proto.federation.v1.AttachmentRef.newBuilder()
			.setSha256(file.sha256())
			.setName(b.number() + extension)
			.setSize(file.size())
			.setContentType(type)
			.build();
	}

	private static AttachmentRef attachment(Bulletin b, BulletinFile file, String extension, String type) {
		return new AttachmentRef(Sha256.parse(file.sha256()).orElseThrow(), b.number() + extension, file.size(), type);
	}

}
