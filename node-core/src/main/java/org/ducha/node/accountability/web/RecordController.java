package org.ducha.node.accountability.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.ducha.node.accountability.LadderRecords;
import org.ducha.node.accountability.PersonRecord;
import org.ducha.node.accountability.RecordExport;
import org.ducha.node.accountability.RecordExport.RecordFile;
import org.ducha.node.accountability.StepKind;
import org.ducha.node.accountability.UnitRecord;
import org.ducha.node.people.ChargeTerm;
import org.ducha.node.security.Actor;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

/**
 * A unit's and a person's ladder record: every notice, interview, criticism, referral and
 * commendation known here with its reason and basis, as JSON or as a workbook.
 */
@RestController
class RecordController {

	private final LadderRecords records;

	private final RecordExport export;

	RecordController(LadderRecords records, RecordExport export) {
		this.records = records;
		this.export = export;
	}

	@GetMapping("/api/v1/units/{code}/record")
	RecordResponse unit(@PathVariable String code, @AuthenticationPrincipal Actor actor) {
		return RecordResponse.of(this.records.unit(code, actor));
	}

	@GetMapping("/api/v1/units/{code}/record.xlsx")
	void unitWorkbook(@PathVariable String code, @AuthenticationPrincipal Actor actor, HttpServletResponse response)
			throws IOException {
		send(this.export.unit(code, actor), response);
	}

	@GetMapping("/api/v1/people/{id}/record")
	RecordResponse person(@PathVariable String id, @AuthenticationPrincipal Actor actor) {
		return RecordResponse.of(this.records.person(id, actor));
	}

	@GetMapping("/api/v1/people/{id}/record.xlsx")
	void personWorkbook(@PathVariable String id, @AuthenticationPrincipal Actor actor, HttpServletResponse response)
			throws IOException {
		send(this.export.person(id, actor), response);
	}

	private static void send(RecordFile file, HttpServletResponse response) throws IOException {
		response.setContentType(RecordFile.CONTENT_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.asciiFilename()
				+ "\"; filename*=UTF-8''" + UriUtils.encode(file.filename(), StandardCharsets.UTF_8));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setContentLength(file.content().length);
		response.getOutputStream().write(file.content());
	}

	/**
	 * A unit's or a person's record.
	 *
	 * @param unitCode the unit (the person's unit)
	 * @param unitName its name
	 * @param person the person, for a person's record
	 * @param counts steps by rung
	 * @param steps the steps, the latest first
	 */
	record RecordResponse(String unitCode, String unitName, PersonResponse person, Map<StepKind, Long> counts,
			List<StepResponse> steps) {

		static RecordResponse of(UnitRecord record) {
			return new RecordResponse(record.unitCode(), record.unitName(), null, record.counts(),
					record.steps().stream().map(StepResponse::of).toList());
		}

		static RecordResponse of(PersonRecord record) {
			return new RecordResponse(record.unitCode(), record.unitName(),
					new PersonResponse(record.personId(), record.name(), record.title(), record.terms()),
					record.counts(), record.steps().stream().map(StepResponse::of).toList());
		}

	}

	/**
	 * The person of a person's record.
	 *
	 * @param id id
	 * @param name name
	 * @param title 职务
	 * @param terms the posts they held, oldest first
	 */
	record PersonResponse(String id, String name, String title, List<ChargeTerm> terms) {
	}

}
