/**
 * Alerts both ways (双向提示预警): prompts and urging down, warnings up, each signed for by its
 * recipient.
 */
package org.ducha.node.alert;
