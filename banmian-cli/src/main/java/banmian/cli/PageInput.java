package banmian.cli;

/**
 * One decoded input page. {@code name} is how messages refer to it (the path as given, or
 * {@code <stdin>}); {@code fileName} is its last path element, which names outputs and carries metadata.
 */
record PageInput(String name, String fileName, String text, long byteCount) {
}
