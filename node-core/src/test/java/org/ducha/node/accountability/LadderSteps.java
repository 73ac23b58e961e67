package org.ducha.node.accountability;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ducha.node.people.ChargeRole;
import org.ducha.node.people.UnitPeople;

/**
 * Ladder steps for the domain tests:
 * {@code aStep(INTERVIEW).by("441700").on("2026-03-02")
 * .against(people).build()} counts against the holder of the step's post on its date.
 */
final class LadderSteps {

	private final StepKind kind;

	private String issuer = "441700";

	private String unit = "441704";

	private String personId;

	private String personName;

	private LocalDate date = LocalDate.parse("2026-03-02");

	private String id = UUID.randomUUID().toString();

	private LadderSteps(StepKind kind) {
		this.kind = kind;
	}

	static LadderSteps aStep(StepKind kind) {
		return new LadderSteps(kind);
	}

	LadderSteps by(String issuingNode) {
		this.issuer = issuingNode;
		return this;
	}

	LadderSteps on(String isoDate) {
		this.date = LocalDate.parse(isoDate);
		return this;
	}

	LadderSteps id(String stepId) {
		this.id = stepId;
		return this;
	}

	LadderSteps of(String personId, String personName) {
		this.personId = personId;
		this.personName = personName;
		return this;
	}

	/** The person is whoever held the step's post on its date, as a unit's people say. */
	LadderSteps against(UnitPeople people) {
		this.unit = people.unitCode();
		people.holderOn(this.kind.addresses(), this.date).ifPresentOrElse((holder) -> {
			this.personId = holder.id();
			this.personName = holder.name();
		}, () -> {
			this.personId = null;
			this.personName = null;
		});
		return this;
	}

	LadderStep build() {
		ChargeRole role = this.kind.addresses();
		return new LadderStep(this.id, this.kind, this.issuer, 1, this.unit, "阳东区", this.personId, this.personName,
				null, role, this.date, "事由", List.of(), null, "system", "督查员", "领导",
				Instant.parse("2026-01-01T00:00:00Z"), List.of(), null);
	}

}
