package org.ducha.node.bulletin;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ducha.node.NodeIdentity;
import org.ducha.node.audit.AuditCategory;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.bulletin.BulletinEdit.MentionEdit;
import org.ducha.node.bulletin.BulletinGenerator.Generated;
import org.ducha.node.problem.ConflictException;
import org.ducha.node.problem.InvalidRequestException;
import org.ducha.node.record.RecordFacts;
import org.ducha.node.security.Actor;
import org.ducha.node.time.Ids;
import org.ducha.node.tree.Directory;
import org.ducha.node.tree.DirectoryNode;
import org.ducha.node.unit.Unit;
import org.ducha.node.unit.Units;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A supervisor's side of a bulletin: generating a draft from the record, editing its text
 * and verdicts, submitting it, and starting the correction of a published one.
 */
@Service
@Transactional
public class BulletinDrafting {

	private static final int MAX_UNITS = 500;

	private final BulletinStore store;

	private final BulletinScope scope;

	private final RecordFacts facts;

	private final Units units;

	private final Directory directory;

	private final NodeIdentity self;

	private final AuditTrail audit;

	private final Clock clock;

	BulletinDrafting(BulletinStore store, BulletinScope scope, RecordFacts facts, Units units, Directory directory,
			NodeIdentity self, AuditTrail audit, Clock clock) {
		this.store = store;
		this.scope = scope;
		this.facts = facts;
		this.units = units;
		this.directory = directory;
		this.self = self;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A new draft generated from the record of the period.
	 * @throws InvalidRequestException for a period that does not fit its kind or a unit
	 * outside this subtree
	 */
	public Bulletin generate(BulletinRequest request, Actor actor) {
		this.scope.requireSupervisor(actor);
		BulletinPeriods.check(request.kind(), request.from(), request.to());
		String title = blankToNull(request.title());
		Bulletin draft = draft(Ids.newId(), request,
				(title != null) ? title : BulletinPeriods.title(request.kind(), request.from(), request.to()), null,
				null, null, actor);
		this.store.insert(draft, 0, 0);
		this.audit.recordWithChange(AuditCategory.BUSINESS, "BULLETIN_GENERATED", actor.subject(), null,
				describe(draft));
		return draft;
	}

	/**
	 * A new draft correcting a published bulletin of this node: the same kind, period and
	 * units, its tables generated again from the record, its text and verdicts copied.
	 * @throws ConflictException unless the bulletin is published and not corrected yet
	 */
	public Bulletin correct(String id, Actor actor) {
		Bulletin old = lock(id, actor);
		this.scope.requireSupervisor(actor);
		if (old.status() != BulletinStatus.PUBLISHED || !old.nodeCode().equals(this.self.code())) {
			throw new ConflictException("只能更正本级已发布的通报 (only a published bulletin of this node is corrected; "
					+ "bulletin " + id + " is " + old.status() + " of node " + old.nodeCode() + ")");
		}
		if (old.correctedBy() != null) {
			throw new ConflictException("通报 " + old.number() + " 已被更正 (bulletin " + id + " is corrected by "
					+ old.correctedBy() + " already)");
		}
		Bulletin draft = draft(Ids.newId(),
				new BulletinRequest(old.kind(), old.from(), old.to(), null, old.unitCodes()),
				"关于更正" + old.number() + "的通报", old.preface(), old.closing(), old, actor);
		this.store.insert(draft, 0, 0);
		this.audit.recordWithChange(AuditCategory.BUSINESS, "BULLETIN_CORRECTION_STARTED", actor.subject(), null,
				describe(draft) + " correcting " + old.id() + " (" + old.number() + ")");
		return draft;
	}

	/**
	 * Edits a draft's text and verdicts.
	 * @throws ConflictException unless it is a draft (a published bulletin is never
	 * edited)
	 * @throws InvalidRequestException for a unit it does not name
	 */
	public Bulletin edit(String id, BulletinEdit edit, Actor actor) {
		Bulletin bulletin = lock(id, actor);
		this.scope.requireSupervisor(actor);
		BulletinTransitions.requireStatus(bulletin, BulletinStatus.DRAFT, "修改");
		Map<String, Mention> mentions = new LinkedHashMap<>();
		bulletin.mentions().forEach((mention) -> mentions.put(mention.unitCode(), mention));
		for (MentionEdit change : (edit.mentions() != null) ? edit.mentions() : List.<MentionEdit>of()) {
			Mention known = mentions.get(change.unitCode());
			if (known == null || change.verdict() == null) {
				throw new InvalidRequestException("通报未点名单位 " + change.unitCode() + "，或未指明评价 (the bulletin does "
						+ "not name unit " + change.unitCode() + ", or the verdict is missing)");
			}
			String text = (change.verdict() == Verdict.RANKED) ? null : blankToNull(change.text());
			if (change.verdict() != Verdict.RANKED && text == null) {
				throw new InvalidRequestException(
						"表扬或批评须有文字 (a commendation or criticism of " + change.unitCode() + " needs its wording)");
			}
			mentions.put(known.unitCode(), new Mention(known.unitCode(), known.unitName(), known.unitNode(),
					known.position(), change.verdict(), text));
		}
		String title = (edit.title() != null) ? blankToNull(edit.title()) : bulletin.title();
		if (title == null) {
			throw new InvalidRequestException("通报须有标题 (a bulletin needs a title)");
		}
		Bulletin edited = BulletinTransitions.edited(bulletin, title,
				(edit.preface() != null) ? edit.preface() : bulletin.preface(),
				(edit.closing() != null) ? edit.closing() : bulletin.closing(), new ArrayList<>(mentions.values()));
		this.store.update(edited, 0, 0);
		this.audit.recordWithChange(AuditCategory.BUSINESS, "BULLETIN_EDITED", actor.subject(), null, describe(edited));
		return edited;
	}

	/**
	 * Submits a draft to the leaders.
	 * @throws ConflictException unless it is a draft
	 */
	public Bulletin submit(String id, Actor actor) {
		Bulletin bulletin = lock(id, actor);
		this.scope.requireSupervisor(actor);
		BulletinTransitions.requireStatus(bulletin, BulletinStatus.DRAFT, "提交");
		Bulletin submitted = BulletinTransitions.submitted(bulletin, actor.subject());
		this.store.update(submitted, 0, 0);
		this.audit.recordWithChange(AuditCategory.BUSINESS, "BULLETIN_SUBMITTED", actor.subject(), null,
				describe(submitted));
		return submitted;
	}

	private Bulletin lock(String id, Actor actor) {
		return this.store.lock(id)
			.map((found) -> this.scope.requireReadable(found, actor))
			.orElseThrow(() -> BulletinScope.notFound(id));
	}

	private Bulletin draft(String id, BulletinRequest request, String title, String preface, String closing,
			Bulletin corrected, Actor actor) {
		List<String> named = unitsOf(request.unitCodes());
		boolean chosen = request.unitCodes() != null && !request.unitCodes().isEmpty();
		Generated generated = BulletinGenerator.generate(this.facts.of(named, request.from(), request.to()), chosen);
		List<Mention> mentions = generated.mentions();
		if (corrected != null) {
			// the corrected bulletin's wording stays where the unit keeps its verdict
			Map<String, Mention> before = new LinkedHashMap<>();
			corrected.mentions().forEach((mention) -> before.put(mention.unitCode(), mention));
			mentions = mentions.stream().map((mention) -> {
				Mention old = before.get(mention.unitCode());
				return (old != null && old.verdict() == mention.verdict()) ? new Mention(mention.unitCode(),
						mention.unitName(), mention.unitNode(), mention.position(), mention.verdict(), old.text())
						: mention;
			}).toList();
		}
		return new Bulletin(id, this.self.code(), issuingOrgan(), request.kind(), request.from(), request.to(), title,
				preface, closing, generated.tables(), mentions, BulletinStatus.DRAFT, 0,
				(corrected != null) ? corrected.id() : null, null, null, actor.subject(), this.clock.instant(), null,
				null, null, null, null, null, null, null);
	}

	/** The organ bulletins are issued in the name of (发文机关). */
	String issuingOrgan() {
		return this.self.name() + "人民政府督查室";
	}

	private List<String> unitsOf(List<String> asked) {
		if (asked == null || asked.isEmpty()) {
			List<String> units = new ArrayList<>();
			this.units.departments()
				.stream()
				.filter((unit) -> unit.nodeCode().equals(this.self.code()))
				.map(Unit::code)
				.forEach(units::add);
			this.directory.all()
				.stream()
				.filter((node) -> this.self.code().equals(node.parentCode()))
				.map(DirectoryNode::code)
				.sorted()
				.forEach(units::add);
			return units;
		}
		if (asked.size() > MAX_UNITS) {
			throw new InvalidRequestException("一份通报最多点名 " + MAX_UNITS + " 个单位 (at most " + MAX_UNITS + " units)");
		}
		for (String code : asked) {
			if (code == null || this.units.find(code).isEmpty() || code.equals(this.self.code())
					|| !this.directory.isSelfOrBelow(Unit.nodeOf(code))) {
				throw new InvalidRequestException(
						"单位 " + code + " 不在本级辖区内 (unit " + code + " is not of this node's subtree)");
			}
		}
		return asked.stream().distinct().toList();
	}

	static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	static String describe(Bulletin bulletin) {
		return "bulletin " + bulletin.id() + " (" + bulletin.kind() + " " + bulletin.from() + ".." + bulletin.to()
				+ ", " + bulletin.status() + ", revision " + bulletin.revision() + ", " + bulletin.mentions().size()
				+ " units named)";
	}

}
