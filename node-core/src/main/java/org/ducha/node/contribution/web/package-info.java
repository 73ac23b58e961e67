/**
 * The contributions' REST API: a co-unit contributes on its assignment; a lead unit reads
 * what was passed on to it.
 */
package org.ducha.node.contribution.web;
