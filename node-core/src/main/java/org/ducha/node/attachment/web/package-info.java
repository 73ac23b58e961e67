/**
 * REST API of attachments: upload (multipart) and download.
 */
package org.ducha.node.attachment.web;
