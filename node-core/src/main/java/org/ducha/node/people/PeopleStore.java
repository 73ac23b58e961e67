package org.ducha.node.people;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.ducha.node.unit.Unit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The people in charge held at this node: of its own units and, as copies, of the units
 * below it.
 */
@Repository
class PeopleStore {

	private final JdbcClient jdbc;

	PeopleStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<UnitPeople> find(String unitCode) {
		return this.jdbc.sql("SELECT unit_code, unit_name, revision, stated_at FROM unit_people WHERE unit_code = ?")
			.param(unitCode)
			.query((rs, row) -> new Header(rs.getString("unit_code"), rs.getString("unit_name"), rs.getLong("revision"),
					rs.getTimestamp("stated_at")))
			.optional()
			.map((header) -> header.with(people(List.of(unitCode)), terms(List.of(unitCode))));
	}

	/** Every unit with people recorded, by code. */
	List<UnitPeople> all() {
		return units("SELECT unit_code, unit_name, revision, stated_at FROM unit_people ORDER BY unit_code", List.of());
	}

	/** The units of the given nodes with people recorded, after a unit code (re-sync). */
	List<UnitPeople> ofNodes(Collection<String> nodes, String afterUnit, int limit) {
		if (nodes.isEmpty()) {
			return List.of();
		}
		return units(
				"SELECT unit_code, unit_name, revision, stated_at FROM unit_people WHERE unit_node IN (:nodes) "
						+ "AND unit_code > :after ORDER BY unit_code LIMIT :limit",
				List.of(Map.entry("nodes", nodes), Map.entry("after", afterUnit), Map.entry("limit", limit)));
	}

	private List<UnitPeople> units(String sql, List<Map.Entry<String, Object>> params) {
		JdbcClient.StatementSpec spec = this.jdbc.sql(sql);
		for (Map.Entry<String, Object> param : params) {
			spec = spec.param(param.getKey(), param.getValue());
		}
		List<Header> headers = spec
			.query((rs, row) -> new Header(rs.getString("unit_code"), rs.getString("unit_name"), rs.getLong("revision"),
					rs.getTimestamp("stated_at")))
			.list();
		if (headers.isEmpty()) {
			return List.of();
		}
		List<String> codes = headers.stream().map(Header::unitCode).toList();
		Map<String, List<Person>> people = people(codes).stream().collect(Collectors.groupingBy(Person::unitCode));
		Map<String, List<Term>> terms = terms(codes).stream().collect(Collectors.groupingBy(Term::unitCode));
		return headers.stream()
			.map((header) -> header.with(people.getOrDefault(header.unitCode(), List.of()),
					terms.getOrDefault(header.unitCode(), List.of())))
			.toList();
	}

	Optional<Person> person(String personId) {
		return this.jdbc.sql("SELECT id, unit_code, name, title, phone FROM person WHERE id = ?")
			.param(personId)
			.query((rs, row) -> new Person(rs.getString("id"), rs.getString("unit_code"), rs.getString("name"),
					rs.getString("title"), rs.getString("phone")))
			.optional();
	}

	/**
	 * Writes a unit's people in charge as stated: the revision, every person (a person
	 * keeps their id and unit), every holding.
	 */
	void save(UnitPeople unit) {
		this.jdbc.sql(
				"INSERT INTO unit_people (unit_code, unit_node, unit_name, revision, stated_at) VALUES (?, ?, ?, ?, ?) "
						+ "ON DUPLICATE KEY UPDATE unit_name = VALUES(unit_name), revision = VALUES(revision), "
						+ "stated_at = VALUES(stated_at)")
			.params(unit.unitCode(), Unit.nodeOf(unit.unitCode()), unit.unitName(), unit.revision(),
					Timestamp.from(unit.statedAt()))
			.update();
		for (Person person : unit.people()) {
			this.jdbc
				.sql("INSERT INTO person (id, unit_code, name, title, phone) VALUES (?, ?, ?, ?, ?) "
						+ "ON DUPLICATE KEY UPDATE name = VALUES(name), title = VALUES(title), phone = VALUES(phone)")
				.params(person.id(), person.unitCode(), person.name(), person.title(), person.phone())
				.update();
		}
		this.jdbc.sql("DELETE FROM charge_term WHERE unit_code = ?").param(unit.unitCode()).update();
		for (ChargeTerm term : unit.terms()) {
			this.jdbc.sql(
					"INSERT INTO charge_term (unit_code, role, held_from, person_id, held_until) VALUES (?, ?, ?, ?, ?)")
				.params(unit.unitCode(), term.role().name(), Date.valueOf(term.from()), term.personId(),
						(term.until() != null) ? Date.valueOf(term.until()) : null)
				.update();
		}
	}

	/**
	 * The revision held for a unit, locked until the transaction ends (0 when none): two
	 * changes of one unit never interleave.
	 */
	long lockRevision(String unitCode) {
		return this.jdbc.sql("SELECT revision FROM unit_people WHERE unit_code = ? FOR UPDATE")
			.param(unitCode)
			.query(Long.class)
			.optional()
			.orElse(0L);
	}

	private List<Person> people(List<String> unitCodes) {
		return this.jdbc
			.sql("SELECT id, unit_code, name, title, phone FROM person WHERE unit_code IN (:units) ORDER BY name, id")
			.param("units", unitCodes)
			.query((rs, row) -> new Person(rs.getString("id"), rs.getString("unit_code"), rs.getString("name"),
					rs.getString("title"), rs.getString("phone")))
			.list();
	}

	private List<Term> terms(List<String> unitCodes) {
		return this.jdbc.sql(
				"SELECT unit_code, role, held_from, person_id, held_until FROM charge_term WHERE unit_code IN (:units) "
						+ "ORDER BY held_from")
			.param("units", unitCodes)
			.query((rs, row) -> {
				Date until = rs.getDate("held_until");
				return new Term(rs.getString("unit_code"),
						new ChargeTerm(rs.getString("person_id"), ChargeRole.valueOf(rs.getString("role")),
								rs.getDate("held_from").toLocalDate(), (until != null) ? until.toLocalDate() : null));
			})
			.list();
	}

	private record Term(String unitCode, ChargeTerm term) {
	}

	private record Header(String unitCode, String unitName, long revision, Timestamp statedAt) {

		UnitPeople with(List<Person> people, List<Term> terms) {
			return new UnitPeople(this.unitCode, this.unitName, this.revision, this.statedAt.toInstant(), people,
					terms.stream().map(Term::term).toList());
		}

	}

}
