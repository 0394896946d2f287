package vn.dangvu.directive.citation;

import vn.dangvu.directive.DocumentType;

/**
 * A document referred to by name, without a number: "Nghị quyết Trung ương 6 khóa XII",
 * "Nghị quyết Đại hội XIII", "Chỉ thị của Ban Bí thư về ...".
 *
 * @param raw the reference as written
 * @param type the document type named
 * @param description what identifies it: the rest of the reference after the type word
 * @param start offset of the first character in the input
 * @param end offset just after the last character in the input
 */
public record NamedReference(String raw, DocumentType type, String description, int start, int end) {

}
