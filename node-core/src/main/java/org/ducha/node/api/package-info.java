/**
 * What every REST endpoint shares: errors as {@code ProblemDetail} (one place maps them),
 * and paginated lists.
 */
package org.ducha.node.api;
