package com.estatecare.inbound.internal;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

import com.estatecare.platform.DomainException;

/**
 * The XML of WeChat's callbacks: one {@code <xml>} element whose children are the message's fields. Read with the
 * JDK's StAX parser with DTDs and external entities off, and a document that declares a DTD at all is refused
 * (no entity expansion, no file or URL read: XXE). Passive replies are written with StAX, which escapes the text.
 */
final class WechatXml {

    /** The message as WeChat sends it: the fields the callback uses, {@code null} when absent. */
    record Message(String toUser, String fromUser, String createTime, String msgType, String content, String msgId,
            String mediaId, String format, String recognition, String event) {

        /** WeChat's key for deduplication: the MsgId of a message, the sender and create time of an event. */
        String key() {
            return msgId != null ? msgId : "event:" + fromUser + ":" + createTime + ":" + event;
        }
    }

    /** At most this many fields: a real message has about ten. */
    private static final int MAX_FIELDS = 40;
    private static final int MAX_FIELD_LENGTH = 8_000;
    /** The encrypted message of safe mode is a third longer than the XML it holds; the body's bound limits it. */
    private static final int MAX_ENCRYPTED_LENGTH = 64 * 1024;
    private static final XMLInputFactory INPUT = secureFactory();
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    private WechatXml() {
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    /** The message, or 400 naming {@code body}: not XML, a DTD, nested or too many fields, no sender. */
    static Message parse(String xml) {
        Map<String, String> fields = fields(xml);
        Message message = new Message(fields.get("ToUserName"), fields.get("FromUserName"), fields.get("CreateTime"),
                fields.get("MsgType"), fields.get("Content"), blankToNull(fields.get("MsgId")),
                blankToNull(fields.get("MediaId")), blankToNull(fields.get("Format")),
                blankToNull(fields.get("Recognition")), blankToNull(fields.get("Event")));
        if (message.fromUser() == null || message.fromUser().isBlank() || message.fromUser().length() > 64
                || message.msgType() == null || message.createTime() == null
                || !message.createTime().matches("[0-9]{1,12}")
                || message.msgId() != null && message.msgId().length() > 64) {
            throw malformed();
        }
        return message;
    }

    /**
     * The encrypted text of a safe-mode message ({@code <Encrypt>}: Base64, at most the field bound), or 400 naming
     * {@code body} when the envelope is not WeChat's XML or has none. Read by the same guarded parser.
     */
    static String encrypted(String xml) {
        String encrypted = blankToNull(fields(xml).get("Encrypt"));
        if (encrypted == null || !encrypted.matches("[A-Za-z0-9+/=\\s]+")) {
            throw malformed();
        }
        return encrypted;
    }

    /** The flat fields of one {@code <xml>} element, or 400 naming {@code body}. */
    private static Map<String, String> fields(String xml) {
        Map<String, String> fields = new HashMap<>();
        try {
            XMLStreamReader reader = INPUT.createXMLStreamReader(new StringReader(xml));
            int depth = 0;
            String field = null;
            StringBuilder text = new StringBuilder();
            while (reader.hasNext()) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE -> throw malformed();
                    case XMLStreamConstants.START_ELEMENT -> {
                        depth++;
                        if (depth == 1 && !"xml".equals(reader.getLocalName()) || depth > 2) {
                            throw malformed();
                        }
                        if (depth == 2) {
                            field = reader.getLocalName();
                            text.setLength(0);
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (depth == 2) {
                            text.append(reader.getText());
                            if (text.length() > ("Encrypt".equals(field) ? MAX_ENCRYPTED_LENGTH : MAX_FIELD_LENGTH)) {
                                throw malformed();
                            }
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (depth == 2 && fields.size() < MAX_FIELDS) {
                            fields.put(field, text.toString().strip());
                        } else if (depth == 2) {
                            throw malformed();
                        }
                        depth--;
                    }
                    default -> {
                        // comments, processing instructions and whitespace carry nothing
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw malformed();
        }
        return fields;
    }

    /** A passive text reply (被动回复): to the sender, from the official account, written by StAX. */
    static String textReply(String toUser, String fromAccount, long createTime, String content) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter writer = OUTPUT.createXMLStreamWriter(out);
            writer.writeStartElement("xml");
            element(writer, "ToUserName", toUser);
            element(writer, "FromUserName", fromAccount);
            element(writer, "CreateTime", Long.toString(createTime));
            element(writer, "MsgType", "text");
            element(writer, "Content", content);
            writer.writeEndElement();
            writer.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    /**
     * A passive reply in safe mode: the reply's XML encrypted ({@code Encrypt}), its {@code MsgSignature} over the
     * token, timestamp and nonce, and those two.
     */
    static String encryptedReply(String encrypted, String msgSignature, String timestamp, String nonce) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter writer = OUTPUT.createXMLStreamWriter(out);
            writer.writeStartElement("xml");
            element(writer, "Encrypt", encrypted);
            element(writer, "MsgSignature", msgSignature);
            element(writer, "TimeStamp", timestamp);
            element(writer, "Nonce", nonce);
            writer.writeEndElement();
            writer.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter writer, String name, String value) throws XMLStreamException {
        writer.writeStartElement(name);
        writer.writeCharacters(value);
        writer.writeEndElement();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static DomainException malformed() {
        return DomainException.invalidField("body", "malformed-xml");
    }
}
