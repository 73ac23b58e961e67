package org.ducha.node.people.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ducha.node.people.ChargeRole;
import org.ducha.node.people.ChargeTerm;
import org.ducha.node.people.NewPerson;
import org.ducha.node.people.PeopleInCharge;
import org.ducha.node.people.Person;
import org.ducha.node.people.UnitInCharge;
import org.ducha.node.people.UnitPeople;
import org.ducha.node.security.Actor;
import org.ducha.node.unit.Unit;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The people in charge of units: today's holders of every unit the caller sees, a unit's
 * people with who held each post when, recording a person and naming one to a post.
 */
@RestController
class PeopleController {

	private final PeopleInCharge people;

	PeopleController(PeopleInCharge people) {
		this.people = people;
	}

	@GetMapping("/api/v1/people-in-charge")
	List<UnitInCharge> overview(@AuthenticationPrincipal Actor actor) {
		return this.people.overview(actor);
	}

	@GetMapping("/api/v1/units/{code}/people")
	UnitPeopleResponse unit(@PathVariable String code, @AuthenticationPrincipal Actor actor) {
		return UnitPeopleResponse.of(this.people.of(code, actor));
	}

	@PostMapping("/api/v1/units/{code}/people")
	ResponseEntity<Person> add(@PathVariable String code, @Valid @RequestBody PersonBody body,
			@AuthenticationPrincipal Actor actor) {
		Person added = this.people.addPerson(code, new NewPerson(body.name(), body.title(), body.phone()), actor);
		return ResponseEntity.created(URI.create("/api/v1/people/" + added.id() + "/record")).body(added);
	}

	@PostMapping("/api/v1/units/{code}/charges")
	ResponseEntity<UnitPeopleResponse> name(@PathVariable String code, @Valid @RequestBody ChargeBody body,
			@AuthenticationPrincipal Actor actor) {
		UnitPeople named = this.people.name(code, body.role(), body.personId(), body.from(), actor);
		return ResponseEntity.created(URI.create("/api/v1/units/" + code + "/people"))
			.body(UnitPeopleResponse.of(named));
	}

	/**
	 * A person to record.
	 *
	 * @param name name
	 * @param title 职务, e.g. 副区长
	 * @param phone phone
	 */
	record PersonBody(@NotBlank @Size(max = 100) String name, @Size(max = 100) String title,
			@Size(max = 40) String phone) {
	}

	/**
	 * A person named to a post.
	 *
	 * @param role PRINCIPAL (主要负责人) or DEPUTY (分管负责人)
	 * @param personId a person recorded for the same unit
	 * @param from the first day held, after the start of the current holding
	 */
	record ChargeBody(@NotNull ChargeRole role, @NotBlank @Size(max = 36) String personId, @NotNull LocalDate from) {
	}

	/**
	 * A unit's people in charge.
	 *
	 * @param unitCode the unit
	 * @param unitName its name
	 * @param nodeCode the node that names them
	 * @param revision that node's revision of them
	 * @param people the people recorded for the unit
	 * @param terms who held each post from when to when, oldest first
	 */
	record UnitPeopleResponse(String unitCode, String unitName, String nodeCode, long revision, List<Person> people,
			List<TermResponse> terms) {

		static UnitPeopleResponse of(UnitPeople unit) {
			return new UnitPeopleResponse(unit.unitCode(), unit.unitName(), Unit.nodeOf(unit.unitCode()),
					unit.revision(), unit.people(),
					unit.terms().stream().map((term) -> TermResponse.of(unit, term)).toList());
		}

	}

	/**
	 * One holding of a post.
	 *
	 * @param personId the holder
	 * @param personName the holder's name
	 * @param role the post
	 * @param from the first day held
	 * @param until the first day no longer held; null while held
	 */
	record TermResponse(String personId, String personName, ChargeRole role, LocalDate from, LocalDate until) {

		static TermResponse of(UnitPeople unit, ChargeTerm term) {
			return new TermResponse(term.personId(), unit.person(term.personId()).map(Person::name).orElse(null),
					term.role(), term.from(), term.until());
		}

	}

}
