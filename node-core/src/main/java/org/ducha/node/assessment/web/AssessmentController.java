package org.ducha.node.assessment.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.ducha.node.assessment.AssessmentPeriod;
import org.ducha.node.assessment.Assessments;
import org.ducha.node.assessment.ScoreExport;
import org.ducha.node.assessment.ScoreExport.ScoreFile;
import org.ducha.node.security.Actor;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

/**
 * The scores of a year or a quarter: the ranking of the units the caller sees, one unit's
 * score with every fact it counted, and the workbook.
 */
@RestController
class AssessmentController {

	private final Assessments assessments;

	private final ScoreExport export;

	AssessmentController(Assessments assessments, ScoreExport export) {
		this.assessments = assessments;
		this.export = export;
	}

	@GetMapping("/api/v1/assessment/scores")
	ScoresResponse scores(@RequestParam int year, @RequestParam(required = false) Integer quarter,
			@AuthenticationPrincipal Actor actor) {
		return ScoresResponse.of(this.assessments.ranking(new AssessmentPeriod(year, quarter), actor));
	}

	@GetMapping("/api/v1/assessment/scores/{unitCode}")
	UnitScoreResponse unit(@PathVariable String unitCode, @RequestParam int year,
			@RequestParam(required = false) Integer quarter, @AuthenticationPrincipal Actor actor) {
		AssessmentPeriod period = new AssessmentPeriod(year, quarter);
		return UnitScoreResponse.of(period, this.assessments.unit(unitCode, period, actor));
	}

	@GetMapping("/api/v1/assessment/scores.xlsx")
	void workbook(@RequestParam int year, @RequestParam(required = false) Integer quarter,
			@AuthenticationPrincipal Actor actor, HttpServletResponse response) throws IOException {
		ScoreFile file = this.export.scores(new AssessmentPeriod(year, quarter), actor);
		response.setContentType(ScoreExport.CONTENT_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.asciiFilename()
				+ "\"; filename*=UTF-8''" + UriUtils.encode(file.filename(), StandardCharsets.UTF_8));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setContentLength(file.content().length);
		response.getOutputStream().write(file.content());
	}

}
