/**
 * Alerts both ways (双向提示预警): prompts and urging down, warnings up (risk, difficulty,
 * coordination requests with the lead unit's written report, policy adjustment
 * proposals), each signed for by its recipient with an optional reply; an alert left
 * unsigned escalates once at its recipient's node.
 */
package org.ducha.node.alert;
