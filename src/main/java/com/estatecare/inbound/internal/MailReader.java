package com.estatecare.inbound.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeUtility;

/**
 * Reads a mail into an {@link IncomingMail} with bounded work whatever it holds: at most {@value #MAX_PARTS} parts,
 * {@value #MAX_DEPTH} levels deep, {@value #MAX_TEXT_BYTES} bytes of text, and only the files the policy takes
 * (a file's size is checked before it is read, and its reading stops one byte past the limit). A mail whose
 * structure cannot be read is marked unreadable, with what could be read, for an agent to look at.
 */
final class MailReader {

    static final int MAX_PARTS = 50;
    static final int MAX_DEPTH = 5;
    static final int MAX_TEXT_BYTES = 64 * 1024;
    private static final int MAX_HEADER = 8_000;

    private MailReader() {
    }

    static IncomingMail read(Message message, MailIntakePolicy policy, Instant now) {
        String from = null;
        String fromName = null;
        String subject = null;
        String references = null;
        String automatic = null;
        DeliveryReport.Facts bounce = null;
        Walk walk = new Walk(policy);
        boolean unreadable = false;
        try {
            InternetAddress sender = sender(header(message, "From"));
            from = sender == null ? null : cut(sender.getAddress().strip().toLowerCase(Locale.ROOT), 320);
            fromName = sender == null || sender.getPersonal() == null ? null : clean(sender.getPersonal(), 200);
            subject = clean(decoded(header(message, "Subject")), SUBJECT_MAX);
            references = cut(join(header(message, "In-Reply-To"), header(message, "References")), MAX_HEADER);
            String contentType = header(message, "Content-Type");
            String sentBy = from;
            automatic = MailLoops.automatic(name -> header(message, name), contentType, sentBy).orElse(null);
            if (automatic == null) {
                walk.part(message, 0);
            } else if (MailLoops.isDeliveryReport(contentType)) {
                bounce = DeliveryReport.of(message);
            }
        } catch (MessagingException | IOException | RuntimeException e) {
            unreadable = true;
        }
        return new IncomingMail(key(message, from, subject), from, fromName, subject, walk.body(), references,
                automatic, walk.files, walk.left, unreadable || walk.unreadable, now, bounce);
    }

    private static final int SUBJECT_MAX = com.estatecare.inbound.Triage.MAX_SUBJECT;

    /** The parts of a mail, walked once: the first text, and the files within the policy. */
    private static final class Walk {
        private final MailIntakePolicy policy;
        private final List<IncomingMail.File> files = new ArrayList<>();
        private final List<IncomingMail.Left> left = new ArrayList<>();
        private String plain;
        private String html;
        private int parts;
        private boolean unreadable;

        Walk(MailIntakePolicy policy) {
            this.policy = policy;
        }

        void part(Part part, int depth) throws MessagingException, IOException {
            if (++parts > MAX_PARTS || depth > MAX_DEPTH) {
                unreadable = true;
                return;
            }
            String type = part.getContentType() == null ? "text/plain" : part.getContentType().toLowerCase(Locale.ROOT);
            if (type.startsWith("multipart/")) {
                Object content = part.getContent();
                if (!(content instanceof Multipart multipart)) {
                    unreadable = true;
                    return;
                }
                for (int i = 0; i < multipart.getCount() && parts <= MAX_PARTS; i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    try {
                        part(child, depth + 1);
                    } catch (MessagingException | IOException | RuntimeException e) {
                        unreadable = true;
                    }
                }
                return;
            }
            String filename = filename(part);
            boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || filename != null;
            if (!attachment && type.startsWith("text/plain") && plain == null) {
                plain = partText(part, type);
            } else if (!attachment && type.startsWith("text/html") && html == null) {
                html = partText(part, type);
            } else if (attachment || !type.startsWith("text/")) {
                file(part, filename == null ? "attachment" : filename);
            }
        }

        private void file(Part part, String filename) throws MessagingException, IOException {
            if (files.size() >= policy.maxAttachments()) {
                left.add(new IncomingMail.Left(filename, "too-many"));
                return;
            }
            // an encoded size: base64 is a third larger than the file, so this refuses nothing the limit allows
            long size = part.getSize();
            if (size > policy.maxAttachmentBytes() * 4 / 3 + 4096) {
                left.add(new IncomingMail.Left(filename, "too-large"));
                return;
            }
            byte[] bytes;
            try (InputStream in = part.getInputStream()) {
                bytes = in.readNBytes((int) policy.maxAttachmentBytes() + 1);
            }
            if (bytes.length > policy.maxAttachmentBytes()) {
                left.add(new IncomingMail.Left(filename, "too-large"));
            } else if (bytes.length == 0) {
                left.add(new IncomingMail.Left(filename, "unreadable"));
            } else {
                String contentType = com.estatecare.requests.Requests.attachmentType(bytes).orElse(null);
                if (contentType == null) {
                    left.add(new IncomingMail.Left(filename, "unsupported-attachment"));
                } else {
                    files.add(new IncomingMail.File(filename, contentType, bytes));
                }
            }
        }

        String body() {
            String text = plain != null ? plain : html == null ? null : fromHtml(html);
            return text == null ? null : clean(text.strip(), com.estatecare.inbound.Triage.MAX_TEXT);
        }
    }

    private static String partText(Part part, String type) throws MessagingException, IOException {
        Charset charset = StandardCharsets.UTF_8;
        try {
            String name = new ContentType(type).getParameter("charset");
            if (name != null) {
                charset = Charset.forName(MimeUtility.javaCharset(name));
            }
        } catch (MessagingException | IllegalArgumentException unknown) {
            // an unknown or malformed charset: read it as UTF-8, replacing what does not decode
        }
        try (InputStream in = part.getInputStream()) {
            return new String(in.readNBytes(MAX_TEXT_BYTES), charset);
        }
    }

    /** The text of an HTML part: scripts and styles dropped, tags removed, entities of spaces and brackets read. */
    static String fromHtml(String html) {
        return html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1\\s*>", " ")
                .replaceAll("(?i)<br\\s*/?>|</p\\s*>|</div\\s*>", "\n").replaceAll("<[^>]{0,2000}>", " ")
                .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&amp;", "&").replaceAll("[ \\t]{2,}", " ");
    }

    private static String filename(Part part) {
        try {
            String name = part.getFileName();
            return name == null ? null : clean(decoded(name).replaceAll("[\\\\/]", "_"), 200);
        } catch (MessagingException | RuntimeException e) {
            return "attachment";
        }
    }

    private static InternetAddress sender(String from) {
        if (from == null) {
            return null;
        }
        try {
            Address[] parsed = InternetAddress.parseHeader(cut(from, 2_000), false);
            return parsed.length > 0 && parsed[0] instanceof InternetAddress a && a.getAddress() != null
                    && a.getAddress().contains("@") ? a : null;
        } catch (MessagingException malformed) {
            return null;
        }
    }

    static String header(Part message, String name) {
        try {
            String[] values = message.getHeader(name);
            return values == null || values.length == 0 ? null : cut(values[0], 1_000_000);
        } catch (MessagingException e) {
            return null;
        }
    }

    private static String decoded(String value) {
        if (value == null) {
            return null;
        }
        String unfolded = cut(value, 20_000).replaceAll("\\r?\\n[ \\t]", " ");
        try {
            return MimeUtility.decodeText(unfolded);
        } catch (IOException | RuntimeException e) {
            return unfolded;
        }
    }

    /** Without control characters (a line break in a subject is a header injection waiting for a reply), cut. */
    static String clean(String text, int max) {
        if (text == null) {
            return null;
        }
        String cut = cut(text, max * 2);
        StringBuilder out = new StringBuilder(Math.min(cut.length(), max));
        for (int i = 0; i < cut.length() && out.length() < max; i++) {
            char c = cut.charAt(i);
            boolean keep = c == '\n' && max > SUBJECT_MAX || !Character.isISOControl(c);
            out.append(keep ? c : ' ');
        }
        return out.toString();
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private static String join(String a, String b) {
        return a == null ? b : b == null ? a : a + " " + b;
    }

    /**
     * The Message-ID, which identifies the mail wherever it is fetched from; a mail without one (or with a
     * malformed one) by a digest of its sender, date and subject.
     */
    static String key(Message message, String from, String subject) {
        String id = header(message, "Message-ID");
        if (id != null) {
            id = id.strip();
            if (id.length() >= 3 && id.length() <= 200 && id.chars().allMatch(c -> c > 32 && c < 127)) {
                return id;
            }
        }
        String date = header(message, "Date");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    (from + "\n" + date + "\n" + subject + "\n" + id).getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
