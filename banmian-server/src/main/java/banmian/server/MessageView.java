package banmian.server;

/** A page that only says something: what was not found, or which stored file is damaged. */
record MessageView(String title, String message) {
    static MessageView notFound(String what) {
        return new MessageView("找不到 · 版面", what);
    }

    /** A stored file the view needs is damaged: the one-line problem, naming the file inside the archive. */
    static MessageView damaged(String problem) {
        return new MessageView("出错了 · 版面", "存档中的文件已损坏，无法显示：" + problem);
    }

    /** A request the server could not answer now, or failed on: the one line it says. */
    static MessageView failed(String message) {
        return new MessageView("出错了 · 版面", message);
    }
}
