package org.ducha.node.federation;

import org.ducha.node.federation.wire.Wire;
import org.ducha.proto.federation.v1.AttachmentRef;
import org.ducha.proto.federation.v1.BulletinMention;
import org.ducha.proto.federation.v1.BulletinPublished;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Event;

/**
 * The cases of bulletins: a published bulletin travels down from its publishing node on
 * the task channel, naming a unit of the receiver's subtree, and never changes; a child
 * never originates one upwards, nor states its parent's, nor alters a copy.
 */
final class HostileBulletinCases {

	private static final String PDF_SHA = "0".repeat(63) + "1";

	private static final String DOCX_SHA = "0".repeat(63) + "2";

	private HostileBulletinCases() {
	}

	static java.util.List<HostileCase> of(HostileWorld w) {
		Channel task = Channel.CHANNEL_TASK;
		BulletinPublished city = bulletin("441700", "441704", "阳东区");
		return java.util.List.of(
				w.applied("the city sends its published bulletin to the county it names", w.city, task, "441704",
						event(city)),
				w.quarantined("the county sends its own bulletin up", w.county, Channel.CHANNEL_REPORT, "441700",
						event(bulletin("441704", "441700:fgj", "阳江市发展和改革局")),
						"BulletinPublished travels on the task channel"),
				w.quarantined("the city sends a bulletin on the alert channel", w.city, Channel.CHANNEL_ALERT, "441704",
						event(bulletin("441700", "441704", "阳东区")), "BulletinPublished travels on the task channel"),
				w.quarantined("the city states a bulletin of the province", w.city, task, "441704",
						event(bulletin("440000", "441704", "阳东区")), "node 440000, not by node 441700"),
				w.quarantined("the city sends 阳东区 a bulletin naming only 江城区", w.city, task, "441704",
						event(bulletin("441700", "441702", "江城区")), "names no unit of the subtree of 441704"),
				w.quarantined("the city alters its published bulletin", w.city, task, "441704",
						event(city.toBuilder().setPreface("改过的导语").build()), "is stated again with other content"));
	}

	private static BulletinPublished bulletin(String node, String unit, String unitName) {
		return BulletinPublished.newBuilder()
			.setBulletinId(WireEvents.id())
			.setNodeCode(node)
			.setIssuingOrgan("督查室")
			.setKind("MONTHLY")
			.setPeriodFrom("2026-04-01")
			.setPeriodTo("2026-04-30")
			.setTitle("关于2026年4月份督查督办工作情况的通报")
			.setTablesJson("{\"ranking\":[],\"overdue\":[]}")
			.setNumber("督通〔2026〕1号")
			.setCreatedBy("supervisor")
			.setCreatedAt(Wire.timestamp(java.time.Instant.parse("2026-05-06T01:00:00Z")))
			.setPublishedBy("leader")
			.setPublishedAt(Wire.timestamp(java.time.Instant.parse("2026-05-08T01:00:00Z")))
			.setPublishedOn("2026-05-08")
			.setDocx(file(DOCX_SHA, ".docx"))
			.setPdf(file(PDF_SHA, ".pdf"))
			.addMentions(BulletinMention.newBuilder()
				.setUnitCode(unit)
				.setUnitName(unitName)
				.setUnitNode(unit.contains(":") ? unit.substring(0, unit.indexOf(':')) : unit)
				.setPosition(1)
				.setVerdict("RANKED"))
			.build();
	}

	private static AttachmentRef file(String sha256, String extension) {
		return AttachmentRef.newBuilder()
			.setSha256(sha256)
			.setName("督通〔2026〕1号" + extension)
			.setSize(10)
			.setContentType("application/octet-stream")
			.build();
	}

	private static Event event(BulletinPublished bulletin) {
		return Event.newBuilder().setBulletinPublished(bulletin).build();
	}

}
