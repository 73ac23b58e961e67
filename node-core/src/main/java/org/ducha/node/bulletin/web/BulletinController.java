package org.ducha.node.bulletin.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ducha.node.api.PageResponse;
import org.ducha.node.attachment.AttachmentDownload;
import org.ducha.node.bulletin.Bulletin;
import org.ducha.node.bulletin.BulletinDeciding;
import org.ducha.node.bulletin.BulletinDrafting;
import org.ducha.node.bulletin.BulletinEdit;
import org.ducha.node.bulletin.BulletinKind;
import org.ducha.node.bulletin.BulletinReading;
import org.ducha.node.bulletin.BulletinRequest;
import org.ducha.node.bulletin.Verdict;
import org.ducha.node.security.Actor;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bulletins at this node: a supervisor generates a draft from the record, edits its text
 * and verdicts and submits it; a leader approves it or returns it; an approved bulletin
 * is published (numbered, rendered, distributed) and from then on only read, downloaded
 * and corrected by a new bulletin.
 */
@RestController
@Validated
class BulletinController {

	private final BulletinDrafting drafting;

	private final BulletinDeciding deciding;

	private final BulletinReading reading;

	BulletinController(BulletinDrafting drafting, BulletinDeciding deciding, BulletinReading reading) {
		this.drafting = drafting;
		this.deciding = deciding;
		this.reading = reading;
	}

	@PostMapping("/api/v1/bulletins")
	ResponseEntity<BulletinResponse> generate(@Valid @RequestBody GenerateBody body,
			@AuthenticationPrincipal Actor actor) {
		return created(this.drafting
			.generate(new BulletinRequest(body.kind(), body.from(), body.to(), body.title(), body.unitCodes()), actor));
	}

	@GetMapping("/api/v1/bulletins")
	PageResponse<BulletinResponse> list(@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size, @AuthenticationPrincipal Actor actor) {
		PageResponse<Bulletin> found = this.reading.list(page, size, actor);
		return PageResponse.of(found.items(), found.page(), found.size(), found.total(), BulletinResponse::of);
	}

	@GetMapping("/api/v1/bulletins/{id}")
	BulletinResponse get(@PathVariable String id, @AuthenticationPrincipal Actor actor) {
		return BulletinResponse.of(this.reading.get(id, actor));
	}

	@PutMapping("/api/v1/bulletins/{id}")
	BulletinResponse edit(@PathVariable String id, @Valid @RequestBody EditBody body,
			@AuthenticationPrincipal Actor actor) {
		List<BulletinEdit.MentionEdit> mentions = (body.mentions() != null) ? body.mentions()
			.stream()
			.map((mention) -> new BulletinEdit.MentionEdit(mention.unitCode(), mention.verdict(), mention.text()))
			.toList() : null;
		return BulletinResponse.of(this.drafting.edit(id,
				new BulletinEdit(body.title(), body.preface(), body.closing(), mentions), actor));
	}

	@PostMapping("/api/v1/bulletins/{id}/submit")
	BulletinResponse submit(@PathVariable String id, @AuthenticationPrincipal Actor actor) {
		return BulletinResponse.of(this.drafting.submit(id, actor));
	}

	@PostMapping("/api/v1/bulletins/{id}/approve")
	BulletinResponse approve(@PathVariable String id, @AuthenticationPrincipal Actor actor) {
		return BulletinResponse.of(this.deciding.approve(id, actor));
	}

	@PostMapping("/api/v1/bulletins/{id}/return")
	BulletinResponse returnToDraft(@PathVariable String id, @Valid @RequestBody ReasonBody body,
			@AuthenticationPrincipal Actor actor) {
		return BulletinResponse.of(this.deciding.returnToDraft(id, body.reason(), actor));
	}

	@PostMapping("/api/v1/bulletins/{id}/publish")
	BulletinResponse publish(@PathVariable String id, @AuthenticationPrincipal Actor actor) {
		return BulletinResponse.of(this.deciding.publish(id, actor));
	}

	@PostMapping("/api/v1/bulletins/{id}/corrections")
	ResponseEntity<BulletinResponse> correct(@PathVariable String id, @AuthenticationPrincipal Actor actor) {
		return created(this.drafting.correct(id, actor));
	}

	@GetMapping("/api/v1/bulletins/{id}/docx")
	ResponseEntity<Resource> docx(@PathVariable String id, @AuthenticationPrincipal Actor actor) {
		return file(this.reading.file(id, false, actor));
	}

	@GetMapping("/api/v1/bulletins/{id}/pdf")
	ResponseEntity<Resource> pdf(@PathVariable String id, @AuthenticationPrincipal Actor actor) {
		return file(this.reading.file(id, true, actor));
	}

	private static ResponseEntity<BulletinResponse> created(Bulletin bulletin) {
		return ResponseEntity.created(URI.create("/api/v1/bulletins/" + bulletin.id()))
			.body(BulletinResponse.of(bulletin));
	}

	private static ResponseEntity<Resource> file(AttachmentDownload download) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(download.attachment().contentType()))
			.contentLength(download.attachment().size())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(download.name(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.eTag("\"" + download.attachment().sha256() + "\"")
			.cacheControl(CacheControl.noCache().cachePrivate())
			.body(new FileSystemResource(download.file()));
	}

	/**
	 * What to generate.
	 *
	 * @param kind MONTHLY, QUARTERLY or AD_HOC
	 * @param from the period's first day
	 * @param to its last day
	 * @param title a title other than the suggested one
	 * @param unitCodes the units to report on (default: this node's departments and the
	 * governments directly below)
	 */
	record GenerateBody(@NotNull BulletinKind kind, @NotNull LocalDate from, @NotNull LocalDate to,
			@Size(max = 500) String title, @Size(max = 500) List<@Size(max = 64) String> unitCodes) {
	}

	/**
	 * An edit of a draft; a field left out stays as it is.
	 *
	 * @param title the title
	 * @param preface the text before the tables
	 * @param closing the text after them
	 * @param mentions new verdicts and wordings
	 */
	record EditBody(@Size(max = 500) String title, @Size(max = 20000) String preface, @Size(max = 20000) String closing,
			@Size(max = 500) List<@Valid MentionBody> mentions) {
	}

	/**
	 * A unit's verdict and wording.
	 *
	 * @param unitCode the unit
	 * @param verdict COMMENDED, CRITICIZED or RANKED
	 * @param text the wording
	 */
	record MentionBody(@NotNull @Size(max = 64) String unitCode, @NotNull Verdict verdict,
			@Size(max = 2000) String text) {
	}

	/**
	 * A reason.
	 *
	 * @param reason why
	 */
	record ReasonBody(@NotNull @Size(min = 1, max = 2000) String reason) {
	}

}
