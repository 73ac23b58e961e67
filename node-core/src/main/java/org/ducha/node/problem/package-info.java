/**
 * The kinds of problem a request can run into, shared by every feature and mapped once
 * per transport: not found (404), conflict with the current state (409), invalid input
 * (400, with every problem of a spreadsheet's rows), forbidden (403), too large (413).
 */
package org.ducha.node.problem;
