package org.ducha.node.inspection.finding.web;

import org.ducha.node.document.DocumentDownloads;
import org.ducha.node.document.DocumentFormat;
import org.ducha.node.document.OfficialDocument;
import org.ducha.node.document.OfficialDocuments;
import org.ducha.node.inspection.finding.Rectification;
import org.ducha.node.inspection.finding.Rectifications;
import org.ducha.node.security.Actor;
import org.ducha.node.unit.Units;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rectification notice (整改通知) of a requirement as Word or PDF, for whoever may read
 * the requirement; another is not found. The download is audited as a read that matters
 * (docs/security.md, "Audit").
 */
@RestController
class RectificationNoticeController {

	private final Rectifications rectifications;

	private final Units units;

	private final OfficialDocuments documents;

	RectificationNoticeController(Rectifications rectifications, Units units, OfficialDocuments documents) {
		this.rectifications = rectifications;
		this.units = units;
		this.documents = documents;
	}

	@GetMapping("/api/v1/rectifications/{id}/notice")
	ResponseEntity<byte[]> notice(@PathVariable String id, @RequestParam(required = false) String format,
			@AuthenticationPrincipal Actor actor) {
		DocumentFormat chosen = DocumentFormat.named(format);
		Rectification rectification = this.rectifications.get(id, actor).rectification();
		String organ = this.units.find(rectification.issuingNode())
			.map((unit) -> OfficialDocument.organOf(unit.name(), unit.government()))
			.orElse(rectification.issuingNode());
		OfficialDocument notice = RectificationNotice.of(rectification, organ);
		return DocumentDownloads.of(notice, chosen, this.documents.render(notice, chosen),
				RectificationNotice.fileName(rectification));
	}

}
