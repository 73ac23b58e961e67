/**
 * The kinds of problem a request can run into, shared by every feature and mapped once
 * per transport: not found (404), conflict with the current state (409), invalid input
 * (400), forbidden (403).
 */
package org.ducha.node.problem;
