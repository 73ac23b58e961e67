/**
 * REST adapters of findings, rectification requirements and completion verifications.
 */
package org.ducha.node.inspection.finding.web;
