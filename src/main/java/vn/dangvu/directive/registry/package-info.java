/**
 * The document registry (decisions 0120, 0121): registering, reading and searching
 * documents, their links, attachments, the issuer catalogue and the committee terms.
 */
package vn.dangvu.directive.registry;
