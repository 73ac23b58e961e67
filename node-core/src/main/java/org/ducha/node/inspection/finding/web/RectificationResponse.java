package org.ducha.node.inspection.finding.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.ducha.node.inspection.finding.Rectification;
import org.ducha.node.inspection.finding.RectificationDetail;
import org.ducha.node.inspection.finding.ReturnVisit;
import org.ducha.node.inspection.finding.UnitReport;
import org.ducha.node.inspection.finding.Verification;
import org.ducha.node.inspection.finding.web.FindingResponse.AttachmentView;

/**
 * A rectification requirement as the API shows it, with the unit's reports, the issuer's
 * verifications and return visits, and where it stands.
 *
 * @param id id
 * @param findingId the finding
 * @param planId the plan
 * @param issuingNode the issuer
 * @param revision the issuer's revision
 * @param unitCode the unit
 * @param unitName its name
 * @param finding what was found
 * @param requirement what must be rectified
 * @param workingDays working days allowed
 * @param deadline due day
 * @param issuedBy who issued it
 * @param issuedAt when
 * @param state where it stands (REQUIRED, REPORTED, VERIFIED, VISITED, CLOSED)
 * @param reports the unit's reports
 * @param verifications the on-site verifications
 * @param visits the return visits
 * @param closedBy who closed it
 * @param closedAt when
 */
record RectificationResponse(String id, String findingId, String planId, String issuingNode, long revision,
		String unitCode, String unitName, String finding, String requirement, int workingDays, LocalDate deadline,
		String issuedBy, Instant issuedAt, String state, List<ReportView> reports, List<Verification> verifications,
		List<ReturnVisit> visits, String closedBy, Instant closedAt) {

	static RectificationResponse of(RectificationDetail detail) {
		Rectification r = detail.rectification();
		return new RectificationResponse(r.id(), r.findingId(), r.planId(), r.issuingNode(), r.revision(), r.unitCode(),
				r.unitName(), r.finding(), r.requirement(), r.workingDays(), r.deadline(), r.issuedBy(), r.issuedAt(),
				detail.state().name(), detail.reports().stream().map(ReportView::of).toList(), r.verifications(),
				r.visits(), r.closedBy(), r.closedAt());
	}

	/**
	 * A unit's report.
	 *
	 * @param id id
	 * @param content what was rectified
	 * @param attachments its attachments
	 * @param reportedBy who reported
	 * @param reportedAt when
	 */
	record ReportView(String id, String content, List<AttachmentView> attachments, String reportedBy,
			Instant reportedAt) {

		static ReportView of(UnitReport report) {
			return new ReportView(report.id(), report.content(), AttachmentView.of(report.attachments()),
					report.reportedBy(), report.reportedAt());
		}

	}

}
