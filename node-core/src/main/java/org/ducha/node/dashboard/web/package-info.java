/**
 * The dashboards' REST routes under {@code /api/v1/dashboard}.
 */
package org.ducha.node.dashboard.web;
