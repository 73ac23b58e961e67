/**
 * REST API of bulletins (/api/v1/bulletins): generate, list, read, edit a draft, submit,
 * approve or return, publish, correct, and download a published one's Word and PDF files.
 */
package org.ducha.node.bulletin.web;
