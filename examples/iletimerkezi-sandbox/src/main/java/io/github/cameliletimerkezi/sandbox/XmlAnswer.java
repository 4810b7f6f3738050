package io.github.cameliletimerkezi.sandbox;

/**
 * Writes answers in the provider's shape: {@code <response><status><code/><message/></status>...</response>}.
 */
final class XmlAnswer {

    private final StringBuilder xml = new StringBuilder(256);

    private XmlAnswer() {
    }

    static XmlAnswer status(int code) {
        XmlAnswer answer = new XmlAnswer();
        answer.xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<response><status><code>").append(code)
                .append("</code><message>").append(StatusMessages.of(code)).append("</message></status>");
        return answer;
    }

    XmlAnswer open(String name) {
        xml.append('<').append(name).append('>');
        return this;
    }

    XmlAnswer close(String name) {
        xml.append("</").append(name).append('>');
        return this;
    }

    XmlAnswer element(String name, Object value) {
        xml.append('<').append(name).append('>');
        if (value != null) {
            escape(value.toString());
        }
        xml.append("</").append(name).append('>');
        return this;
    }

    String end() {
        return xml.append("</response>").toString();
    }

    /** A document whose root is not {@code <response>} (the legacy account service). */
    static String document(String root, java.util.Map<String, String> fields) {
        XmlAnswer answer = new XmlAnswer();
        answer.open(root);
        fields.forEach(answer::element);
        return answer.close(root).xml.toString();
    }

    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> xml.append("&amp;");
                case '<' -> xml.append("&lt;");
                case '>' -> xml.append("&gt;");
                default -> xml.append(c);
            }
        }
    }
}
