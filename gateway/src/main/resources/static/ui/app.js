// The web UI of Ducha: one page (index.html), hash routes, Vue 3 render functions (no
// templates: the CSP forbids eval and inline code), every call through the gateway.
//
// Test hooks (data-test attributes; the browser tests rely on them, keep them stable):
//   shell:      nav-home nav-dashboard nav-tasks nav-new-task nav-inbox nav-alerts nav-public
//               nav-links nav-users nav-audit nav-calendar nav-toggle
//               whoami (the who-am-I block: whoami-name whoami-unit whoami-level whoami-roles)
//               sign-in sign-out language message (the global message; its text is the
//               message; data-kind error|success|info) message-details page-title (h2 of a page)
//   common:     light (text and data-light GREEN|YELLOW|RED) due-meaning (data-due-kind,
//               data-working-days) pagination-prev pagination-next pagination-info search
//   home:       home-nodes node-check
//   dashboard:  dashboard-scope dashboard-counts count-status-<STATUS> count-source-<SOURCE>
//               light-count-GREEN|YELLOW|RED (tasks by light; text = number)
//               assignment-light-count-GREEN|YELLOW|RED unit-lights on-time-chart
//               on-time-table on-time-row overdue-list overdue-row (data-assignment-id)
//               claim-overdue-count claim-overdue-list claim-overdue-row (data-assignment-id)
//               open-alerts open-alert
//   task list:  task-filter-status task-filter-source task-filter-light task-filter-unit
//               task-filter-node task-filter-from task-filter-to task-filter-apply task-row (data-task-id)
//               ledger-export import-template import-file import-submit import-result
//               import-errors import-error-row
//   task form:  task-title task-content task-source task-type task-basis task-deadline
//               task-lead-unit task-co-units task-published task-goal task-meeting-date
//               task-instruction instruction-leader instruction-date instruction-urgency
//               instruction-text instruction-proposal task-responsible responsible-row (data-unit)
//               responsible-name responsible-post responsible-phone task-attachments
//               task-attachments-item task-attachments-remove schedule-type schedule-year
//               schedule-working-days schedule-from schedule-to schedule-nth schedule-event
//               schedule-period milestone-due milestone-label milestone-add milestone-remove
//               task-due-preview due-slot task-save task-submit
//   task page:  task-status (data-status) task-number task-edit task-submit task-delete
//               task-approve task-reject task-reason task-withdraw task-suspend task-resume
//               control-request (data-kind, data-status) control-approve control-refuse
//               task-goal task-meeting-date task-instruction-record task-attachment-link
//               revise-goal assignment-responsible assignment-original-deadline assignment-due-date
//               assignment-row (data-assignment-id; contains light) assignment-link
//               report-row report-attachment-link report-returned report-resubmission
//               report-summarised timeline timeline-entry revision-row
//   assignment: assignment-status (data-status) assignment-deadline assignment-original-deadline
//               assignment-responsible sign-responsible-name sign-responsible-post
//               sign-responsible-phone completion-attachments completion-attachments-item
//               completion-attachment-link assignment-sign assignment-return
//               return-reason schedule-slot report-form report-percentComplete
//               report-progress report-dissemination report-measures report-effects
//               report-practices report-difficulties report-suggestions report-attachments
//               report-attachment report-submit extension-until extension-reason
//               extension-submit extension-row extension-approved-date extension-decision-reason
//               extension-approve extension-refuse completion-evidence completion-submit
//               completion-reason completion-approve completion-refuse completion-refusal
//               urge-title urge-message
//               urge-unit-head urge-submit reminder-row reassign-unit reassign-submit
//               coordination-row coordination-date coordination-with coordination-matter
//               coordination-outcome coordination-notes coordination-submit
//               coordination-status coordination-report-form coordination-report-process
//               coordination-report-reasons coordination-report-suggestions
//               coordination-report-submit rollup sign-by claim-overdue
//               contribution-form contribution-progress contribution-<part> contribution-attachments
//               contribution-submit contribution-row (data-contribution-id) contribution-include
//               contribution-quote report-resubmits report-return report-return-reason
//               report-return-submit
//               alert-kind alert-to-node alert-to-unit alert-title alert-message alert-submit
//   inbox:      inbox-unread inbox-item (data-inbox-id, data-read, data-signed) inbox-read inbox-sign
//   alerts:     alert-filter-direction alert-filter-kind alert-filter-status alert-row
//               (data-alert-id, data-status) alert-note alert-acknowledge (+ the alert-* form)
//   admin:      link-row (data-peer) link-pause link-resume link-resync
//               user-row (data-user-id) user-username user-first-name user-last-name
//               user-email user-group user-roles user-password user-create user-enable
//               user-disable audit-row audit-verify audit-verdict (data-intact)
//               notice-row calendar-year calendar-reason calendar-days calendar-file
//               calendar-submit
//   public:     public-project (data-project-id) public-unit
//   ladder:     nav-ladder nav-people proposal-row (data-proposal-id, data-kind, data-status) proposal-link
//               ladder-filter-status ladder-filter-apply mark-kind mark-unit mark-assignment mark-reason
//               mark-submit proposal-status (data-status) proposal-person proposal-reason-text
//               proposal-reason proposal-deadline proposal-confirm proposal-decline proposal-approve
//               proposal-step-link step-kind (data-kind) step-person step-basis step-rectification
//               (data-state) rectification-row rectification-content rectification-submit
//               rectification-reason rectification-accept rectification-return step-explanation
//               explanation-date explanation-text explanation-commitment explanation-submit
//               record-page record-counts record-count-<KIND> record-step (data-step-id, data-kind)
//               record-export person-link person-term people-row (data-unit-code) people-record-link
//               unit-person-row (data-person-id) charge-row (data-role) person-name person-title
//               person-phone person-add charge-role charge-person charge-from charge-submit
//               inbox-step-link
//   plans:      nav-inspections plan-new plan-row (data-plan-id, data-status) plan-link plan-filter-status
//               plan-filter-apply plan-title plan-kind plan-starts plan-ends plan-method-<METHOD> plan-objects
//               plan-team plan-basis-kind plan-basis-reference plan-basis-text plan-save plan-warning
//               plan-warning-row (data-plan-id) plan-duplicate-reason plan-proceed plan-withdraw plan-status
//               (data-status) plan-secrecy plan-copy plan-objects-list plan-team-list plan-recorded-reason
//               plan-submit plan-approve plan-send-back plan-send-back-reason plan-carry-out plan-close
//               plan-sections (where the findings and conclusions pages add theirs: registerPlanSection)
//   conclusions: nav-conclusions conclusions-section conclusions-empty conclusion-row (data-conclusion-id,
//               data-state) conclusion-row-state conclusion-link conclusion-unit conclusion-text
//               conclusion-draft-submit conclusion-state (data-state)
//               conclusion-text-in-force conclusion-approve conclusion-issue conclusion-sign objection-closes
//               objection-reasons objection-submit objection-shown review-due review-outcome review-text
//               review-submit review-shown (data-outcome)
//   bulletins:  nav-bulletins bulletin-kind bulletin-from bulletin-to bulletin-title bulletin-generate bulletins-empty
//               bulletin-row (data-bulletin-id) bulletin-link bulletin-status (data-status) bulletin-page
//               (data-status) bulletin-number bulletin-rank-row (data-unit, data-rank) bulletin-mention (data-unit,
//               data-verdict) bulletin-verdict-<i> bulletin-text-<i> bulletin-title-edit bulletin-preface
//               bulletin-closing bulletin-save bulletin-submit bulletin-approve bulletin-return-reason
//               bulletin-return bulletin-publish bulletin-docx bulletin-pdf bulletin-correct bulletin-corrected-by
//   observers:  nav-observers nav-observer invitation-observer invitation-kind invitation-target-id
//               invitation-from invitation-until invitation-submit invitation-row (data-invitation-id,
//               data-state) invitation-state invitation-target invitation-withdraw-reason
//               invitation-withdraw invited-item (data-target-id, data-state) invited-open
//               invited-none invited-task invited-plan plan-status read-only
//   findings:   nav-rectifications findings-section finding-row (data-finding-id) finding-content
//               finding-content-input finding-attachments finding-submit finding-attachment-link
//               require-form require-unit require-text require-days require-submit
//               rectification-row (data-rectification-id, data-state) rectification-state (data-state, data-status)
//               rectification-link rectification-requirement rectification-deadline unit-report-row
//               (data-report-id) unit-report-content unit-report-attachments unit-report-submit
//               unit-report-attachment-link verification-row (data-confirmed) verify-confirmed
//               verify-notes verify-submit visit-row (data-complete) visit-date visit-facts-clear
//               visit-complete visit-grassroots visit-public visit-submit rectification-close

import { createApp } from './lib.js';
import { Shell } from './shell.js';

createApp(Shell).mount('#app');
