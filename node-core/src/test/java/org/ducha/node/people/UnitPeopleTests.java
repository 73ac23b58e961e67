package org.ducha.node.people;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.ducha.node.problem.ConflictException;
import org.ducha.node.problem.InvalidRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A unit's people in charge and the history of its posts.
 */
class UnitPeopleTests {

	private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

	private static final Person ZHANG = new Person("p-zhang", "441704", "张三", "区长", null);

	private static final Person LI = new Person("p-li", "441704", "李四", "副区长", null);

	private static final Person ZHAO = new Person("p-zhao", "441704", "赵六", "副区长", null);

	private static UnitPeople yangdong() {
		return UnitPeople.none("441704", "阳东区").withPerson(ZHANG, AT).withPerson(LI, AT).withPerson(ZHAO, AT);
	}

	@Test
	void aNewHolderEndsThePreviousHoldingOnTheDayBefore() {
		UnitPeople people = yangdong().named(ChargeRole.DEPUTY, LI.id(), LocalDate.parse("2026-01-01"), AT)
			.named(ChargeRole.PRINCIPAL, ZHANG.id(), LocalDate.parse("2026-01-01"), AT)
			.named(ChargeRole.DEPUTY, ZHAO.id(), LocalDate.parse("2026-06-01"), AT);
		assertThat(people.revision()).isEqualTo(6);
		assertThat(people.holderOn(ChargeRole.DEPUTY, LocalDate.parse("2026-05-31"))).contains(LI);
		assertThat(people.holderOn(ChargeRole.DEPUTY, LocalDate.parse("2026-06-01"))).contains(ZHAO);
		assertThat(people.holderOn(ChargeRole.PRINCIPAL, LocalDate.parse("2026-06-01"))).contains(ZHANG);
		assertThat(people.holderOn(ChargeRole.DEPUTY, LocalDate.parse("2025-12-31"))).as("before anyone held it")
			.isEmpty();
		assertThat(people.termsOf(LI.id())).containsExactly(new ChargeTerm(LI.id(), ChargeRole.DEPUTY,
				LocalDate.parse("2026-01-01"), LocalDate.parse("2026-06-01")));
	}

	@Test
	void aPersonOfAnotherUnitIsNeverNamedInCharge() {
		Person bureau = new Person("p-wang", "441704:jyj", "王五", "局长", null);
		assertThatThrownBy(() -> yangdong().withPerson(bureau, AT)).isInstanceOf(InvalidRequestException.class);
		assertThatThrownBy(() -> yangdong().named(ChargeRole.DEPUTY, bureau.id(), LocalDate.parse("2026-01-01"), AT))
			.isInstanceOf(InvalidRequestException.class)
			.hasMessageContaining("not recorded for unit 441704");
	}

	@Test
	void historyIsNotRewrittenAndTheHolderIsNotNamedTwice() {
		UnitPeople people = yangdong().named(ChargeRole.DEPUTY, LI.id(), LocalDate.parse("2026-03-01"), AT);
		assertThatThrownBy(() -> people.named(ChargeRole.DEPUTY, ZHAO.id(), LocalDate.parse("2026-03-01"), AT))
			.isInstanceOf(InvalidRequestException.class)
			.hasMessageContaining("not after");
		assertThatThrownBy(() -> people.named(ChargeRole.DEPUTY, LI.id(), LocalDate.parse("2026-04-01"), AT))
			.isInstanceOf(ConflictException.class);
	}

}
