package com.estatecare.inbound.internal;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.Fixtures;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import tools.jackson.databind.JsonNode;

/**
 * E-mail in against a mail server on the loopback (GreenMail: mails are delivered to it over SMTP as raw text and
 * read back over IMAP by the poller), the shared application and PostgreSQL. Each company's mailbox is set through
 * the API as an administrator would; the tests call the poll instead of waiting for its timer.
 */
@EstateCareTest
class MailInTests {

    private static final int SMTP_PORT = freePort();
    private static final int IMAP_PORT = freePort();
    private static final String BOX_A = "service-a@estatecare.test";
    private static final String BOX_B = "service-b@estatecare.test";

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup[] {
            new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"), new ServerSetup(IMAP_PORT, "127.0.0.1", "imap") })
            .withPerMethodLifecycle(false);

    @Autowired
    Api api;
    @Autowired
    Fixtures given;
    @Autowired
    Mailboxes mailboxes;
    @Autowired
    MailboxPoller poller;
    @Autowired
    MailIntake intake;
    @Autowired
    JdbcClient jdbc;

    @Test
    void newMailFromAKnownOwnerBecomesARequestWithItsAttachment() {
        String email = "owner" + random() + "@example.com";
        long customer = customer("agent", email);
        String id = messageId();
        deliver(BOX_A, MailText.withFile("王女士 <" + email.toUpperCase() + ">", "卫生间漏水", id, "楼上渗水，电话 13812345678",
                "leak.png", MailReaderTests.PNG));
        poll("agent");

        Map<String, Object> taken = taken(id);
        assertThat(taken.get("outcome")).isEqualTo("REQUEST");
        long request = ((Number) taken.get("request_id")).longValue();
        JsonNode view = api.as("agent").get("/api/v1/requests/" + request).json();
        assertThat(view.get("channel").asString()).isEqualTo("EMAIL");
        assertThat(view.get("kind").asString()).isEqualTo("CONSULTATION");
        assertThat(view.get("customerId").asLong()).isEqualTo(customer);
        assertThat(view.get("description").asString()).startsWith("卫生间漏水").contains("138****5678")
                .doesNotContain("13812345678");
        JsonNode files = api.as("agent").get("/api/v1/requests/" + request + "/attachments").json();
        assertThat(files).singleElement().satisfies(f -> {
            assertThat(f.get("filename").asString()).isEqualTo("leak.png");
            assertThat(f.get("contentType").asString()).isEqualTo("image/png");
        });
        assertThat(seen(BOX_A, id)).as("marked read once stored").isTrue();
        assertThat(api.as("hz-agent").get("/api/v1/requests/" + request).status()).isEqualTo(404);
    }

    @Test
    void replyWithTheRequestNumberLandsOnThatRequestsTimeline() {
        String email = "reply" + random() + "@example.com";
        long customer = customer("agent", email);
        long first = register(customer);
        long second = register(customer);
        String number = given.get(first).get("number").asString();

        String bySubject = messageId();
        deliver(BOX_A, MailText.plain(email, "Re: 您的工单 " + number + " 已受理", bySubject, "", "师傅明天几点来？"));
        String byHeader = messageId();
        deliver(BOX_A, MailText.plain(email, "Re: 已受理", byHeader,
                "In-Reply-To: <" + number + ".outbound-4711@estatecare.test>\r\n", "下午在家"));
        poll("agent");

        assertThat(taken(bySubject)).containsEntry("outcome", "REPLY").containsEntry("request_id", first);
        assertThat(taken(byHeader)).containsEntry("outcome", "REPLY").containsEntry("request_id", first);
        List<JsonNode> messages = customerMessages(first, "agent");
        assertThat(messages).extracting(e -> e.get("note").asString()).containsExactly("师傅明天几点来？", "下午在家");
        assertThat(messages).allMatch(e -> "CUSTOMER".equals(e.get("visibility").asString())
                && "EMAIL".equals(e.get("details").get("channel").asString()));
        assertThat(customerMessages(second, "agent")).isEmpty();
        assertThat(jdbc.sql("select count(*) from request where customer_id = :c").param("c", customer)
                .query(Long.class).single()).as("no new request").isEqualTo(2);
    }

    @Test
    void autoReplyDoesNotCreateALoop() {
        String email = "away" + random() + "@example.com";
        long customer = customer("agent", email);
        String number = given.get(register(customer)).get("number").asString();
        // The acknowledgement (已受理) is queued after the intake commits; wait for it so it is not counted as an answer.
        await().atMost(Duration.ofSeconds(10)).until(() -> queuedTo(email) == 1);
        long mailsBefore = queuedTo(email);
        String outOfOffice = messageId();
        deliver(BOX_A, MailText.plain(email, "自动回复: 您的工单 " + number + " 已受理", outOfOffice,
                "Auto-Submitted: auto-replied\r\n", "我正在休假"));
        String bounce = messageId();
        deliver(BOX_A, MailText.head("MAILER-DAEMON@mx.example.com", "Undelivered Mail", bounce)
                + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"r\"\r\n\r\n--r\r\n"
                + "Content-Type: text/plain\r\n\r\n" + email + " unknown\r\n--r--\r\n");
        poll("agent");

        assertThat(taken(outOfOffice)).containsEntry("outcome", "IGNORED").containsEntry("reason", "auto-submitted");
        assertThat(taken(bounce)).containsEntry("outcome", "IGNORED").containsEntry("reason", "bounce");
        assertThat(jdbc.sql("select count(*) from request where customer_id = :c").param("c", customer)
                .query(Long.class).single()).as("no request").isEqualTo(1);
        assertThat(queuedTo(email)).as("no mail queued to answer it").isEqualTo(mailsBefore);
        assertThat(jdbc.sql("select count(*) from triage_item where source_key in (:k)")
                .param("k", List.of(outOfOffice, bounce)).query(Long.class).single()).isZero();
    }

    @Test
    void unknownSenderWaitsInTriageWhereAnAgentMakesARequestOfIt() {
        String id = messageId();
        deliver(BOX_A, MailText.withFile("陌生人 <stranger" + random() + "@example.com>", "请联系我", id,
                "我的电话 13912345678，房子漏水", "wall.png", MailReaderTests.PNG));
        poll("agent");
        Map<String, Object> taken = taken(id);
        assertThat(taken).containsEntry("outcome", "TRIAGE").containsEntry("reason", "UNKNOWN_SENDER");
        long item = ((Number) taken.get("triage_id")).longValue();

        JsonNode listed = find(api.as("agent").get("/api/v1/triage", Map.of("state", "OPEN")).json(), item);
        assertThat(listed.get("sender").asString()).startsWith("s***@example.com");
        assertThat(listed.get("senderName").asString()).isEqualTo("陌生人");
        assertThat(listed.get("preview").asString()).contains("139****5678").doesNotContain("13912345678");
        assertThat(listed.get("channel").asString()).isEqualTo("EMAIL");
        assertThat(listed.get("attachments")).singleElement().satisfies(f -> assertThat(f.get("filename").asString())
                .isEqualTo("wall.png"));
        assertThat(api.as("hz-agent").get("/api/v1/triage/" + item).status()).as("the other company").isEqualTo(404);
        assertThat(api.as("owner").get("/api/v1/triage").status()).isEqualTo(403);

        long customer = customer("agent", "picked" + random() + "@example.com");
        Api.Response made = api.as("agent").post("/api/v1/triage/" + item + "/request",
                Map.of("customerId", customer, "kind", "CONSULTATION"));
        assertThat(made.status()).as(made.body()).isEqualTo(200);
        assertThat(made.json().get("item").get("state").asString()).isEqualTo("REQUEST_MADE");
        long request = made.json().get("item").get("requestId").asLong();
        assertThat(api.as("agent").get("/api/v1/requests/" + request).json().get("channel").asString())
                .isEqualTo("EMAIL");
        assertThat(api.as("agent").get("/api/v1/requests/" + request + "/attachments").json()).hasSize(1);
        Api.Response again = api.as("agent").english().post("/api/v1/triage/" + item + "/discard",
                Map.of("reason", "spam"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("title").asString()).isEqualTo("This message has been triaged");
    }

    @Test
    void theSameMessagePolledAgainAfterARestartMakesOneRequest() throws Exception {
        String email = "twice" + random() + "@example.com";
        long customer = customer("agent", email);
        String id = messageId();
        deliver(BOX_A, MailText.plain(email, "门锁坏了", id, "", "请派人看看"));
        poll("agent");
        markUnread(BOX_A, id);
        poll("agent");
        IncomingMail sameMail = MailReaderTests.read(MailText.plain(email, "门锁坏了", id, "", "请派人看看"));
        assertThat(intake.take(box("agent"), sameMail).firstTime()).as("a second instance taking it").isFalse();

        assertThat(jdbc.sql("select count(*) from request where customer_id = :c").param("c", customer)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from inbound_mail where message_key = :k").param("k", id)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(seen(BOX_A, id)).isTrue();
    }

    @Test
    void theOtherCompanysOwnerWritingToThisCompanysMailboxGoesToTriage() {
        String email = "hz" + random() + "@example.com";
        long theirs = customer("hz-agent", email);
        Api.Response registered = api.as("hz-agent").post("/api/v1/requests", Map.of("kind", "CONSULTATION",
                "channel", "PHONE", "customerId", theirs, "description", "咨询", "readBackConfirmed", true));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        long theirRequest = registered.json().get("id").asLong();
        String number = api.as("hz-agent").get("/api/v1/requests/" + theirRequest).json().get("number").asString();
        String id = messageId();
        deliver(BOX_A, MailText.plain(email, "Re: 您的工单 " + number, id, "", "还没修好"));
        String ours = "ours" + random() + "@example.com";
        customer("agent", ours);
        String naming = messageId();
        deliver(BOX_A, MailText.plain(ours, "Re: 您的工单 " + number, naming, "", "这是谁的工单"));
        poll("agent");

        assertThat(taken(id)).containsEntry("outcome", "TRIAGE").containsEntry("reason", "UNKNOWN_SENDER");
        assertThat(taken(naming)).containsEntry("outcome", "TRIAGE").containsEntry("reason", "REQUEST_NOT_THEIRS");
        assertThat(customerMessages(theirRequest, "hz-agent")).isEmpty();
        long item = ((Number) taken(id).get("triage_id")).longValue();
        assertThat(api.as("hz-agent").get("/api/v1/triage/" + item).status()).isEqualTo(404);
        assertThat(api.as("agent").post("/api/v1/triage/" + item + "/attach", Map.of("requestId", theirRequest))
                .status()).as("another company's request").isIn(400, 404);
    }

    @Test
    void hostileMailIsBoundedAndNothingIsLost() {
        String email = "hostile" + random() + "@example.com";
        customer("agent", email);
        byte[] huge = new byte[20 * 1024 * 1024];
        System.arraycopy(MailReaderTests.PNG, 0, huge, 0, MailReaderTests.PNG.length);
        String large = messageId();
        deliver(BOX_A, MailText.withFile(email, "大附件", large, "见附件", "huge.png", huge));
        StringBuilder to = new StringBuilder("To: ");
        for (int i = 0; i < 10_000; i++) {
            to.append(i == 0 ? "" : ",\r\n ").append("r").append(i).append("@example.com");
        }
        String crowd = messageId();
        deliver(BOX_A, MailText.plain(email, "群发", crowd, to + "\r\n", "很多收件人"));
        String malformed = messageId();
        deliver(BOX_A, MailText.head(email, "坏邮件", malformed) + "Content-Type: multipart/mixed\r\n\r\n--x\r\n\u0000\r\n");
        String longSubject = messageId();
        deliver(BOX_A, MailText.plain(email, "长".repeat(1_000_000 / 3), longSubject, "", "长主题"));
        String injected = messageId();
        deliver(BOX_A, MailText.plain(email, "=?UTF-8?Q?hi=0D=0ABcc:_x@example.com?=", injected, "", "注入"));
        poll("agent");

        assertThat(taken(large)).containsEntry("outcome", "REQUEST");
        long request = ((Number) taken(large).get("request_id")).longValue();
        assertThat(api.as("agent").get("/api/v1/requests/" + request + "/attachments").json()).isEmpty();
        assertThat(api.as("agent").get("/api/v1/requests/" + request + "/timeline").body()).contains("huge.png: too-large");
        assertThat(taken(crowd)).containsEntry("outcome", "REQUEST");
        assertThat(taken(malformed)).containsEntry("outcome", "TRIAGE").containsEntry("reason", "UNREADABLE");
        assertThat(taken(longSubject)).containsEntry("outcome", "REQUEST");
        long injectedRequest = ((Number) taken(injected).get("request_id")).longValue();
        assertThat(api.as("agent").get("/api/v1/requests/" + injectedRequest).json().get("description").asString())
                .startsWith("hi  Bcc: x***@example.com").doesNotContain("\r");
        Api.Response list = api.as("agent").get("/api/v1/triage");
        assertThat(list.status()).isEqualTo(200);
    }

    @Test
    void anAdministratorSetsTheMailboxAndItsPasswordIsNeverAnswered() {
        long company = api.as("agent").get("/api/v1/me").json().get("companyId").asLong();
        Map<String, Object> body = new HashMap<>(Map.of("host", "127.0.0.1", "port", IMAP_PORT, "security", "NONE",
                "username", "service-a", "password", "secret-a"));
        Api.Response set = api.as("admin").put("/api/v1/mailboxes/" + company, body);
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.json().get("passwordSet").asBoolean()).isTrue();
        body.remove("password");
        assertThat(api.as("admin").put("/api/v1/mailboxes/" + company, body).body()).doesNotContain("secret-a");
        assertThat(box("agent").password()).as("kept when left out").isEqualTo("secret-a");
        assertThat(jdbc.sql("select count(*) from mailbox where position(cast(:p as bytea) in password_sealed) > 0")
                .param("p", "secret-a".getBytes(StandardCharsets.UTF_8)).query(Long.class).single()).as("sealed")
                .isZero();
        assertThat(api.as("admin").get("/api/v1/mailboxes").body()).doesNotContain("secret-a");
        assertThat(api.as("agent").get("/api/v1/mailboxes").status()).isEqualTo(403);
        assertThat(api.as("admin").put("/api/v1/mailboxes/" + company, Map.of("host", "127.0.0.1", "port", 70_000,
                "security", "NONE", "username", "u")).json().get("errors").get(0).get("field").asString())
                .isEqualTo("port");
        assertThat(api.as("admin").put("/api/v1/mailboxes/" + company, Map.of("host", "a\r\nb", "port", 993,
                "security", "TLS", "username", "u")).status()).isEqualTo(400);
        assertThat(api.as("admin").put("/api/v1/mailboxes/999999", body).status()).isEqualTo(404);
    }

    @BeforeEach
    void mailServerAccounts() {
        for (String box : List.of(BOX_A, BOX_B)) {
            if (MAIL.getUserManager().getUserByEmail(box) == null) {
                MAIL.setUser(box, login(box), password(box));
            }
        }
    }

    // --- helpers

    private static String login(String box) {
        return box.substring(0, box.indexOf('@'));
    }

    private static String password(String box) {
        return "secret-" + box.charAt(box.indexOf('@') - 1);
    }

    private void poll(String staff) {
        MailboxPoller.Polled polled = poller.poll(box(staff));
        assertThat(polled.failed()).as("mails not taken").isZero();
    }

    /** The company's mailbox (the staff member's), pointed at the test's mail server. */
    private Mailboxes.Connection box(String staff) {
        long company = api.as(staff).get("/api/v1/me").json().get("companyId").asLong();
        String box = "agent".equals(staff) ? BOX_A : BOX_B;
        Api.Response set = api.as("admin").put("/api/v1/mailboxes/" + company, Map.of("host", "127.0.0.1",
                "port", IMAP_PORT, "security", "NONE", "username", login(box), "password", password(box)));
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        return mailboxes.enabled().stream().filter(c -> c.companyId() == company).findFirst().orElseThrow();
    }

    private Map<String, Object> taken(String messageId) {
        return jdbc.sql("select outcome, reason, request_id, triage_id from inbound_mail where message_key = :k")
                .param("k", messageId).query().singleRow();
    }

    private long customer(String staff, String email) {
        JsonNode unit = api.as(staff).get("/api/v1/units?limit=1").json().get("items").get(0);
        Api.Response created = api.as(staff).post("/api/v1/customers", Map.of("name", "邮件" + random(),
                "kind", "NEW_OWNER", "grade", "STANDARD", "projectId", unit.get("projectId").asLong(), "email", email));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private long register(long customer) {
        return given.register(Map.of("kind", "CONSULTATION", "channel", "PHONE", "customerId", customer,
                "description", "咨询物业费", "readBackConfirmed", true));
    }

    private List<JsonNode> customerMessages(long request, String staff) {
        List<JsonNode> entries = new java.util.ArrayList<>();
        api.as(staff).get("/api/v1/requests/" + request + "/timeline").json().forEach(e -> {
            if ("CUSTOMER_MESSAGE".equals(e.get("action").asString())) {
                entries.add(e);
            }
        });
        return entries;
    }

    private long queuedTo(String email) {
        return jdbc.sql("select count(*) from outbound_message where recipient = :r").param("r", email)
                .query(Long.class).single();
    }

    private static JsonNode find(JsonNode page, long id) {
        for (JsonNode item : page.get("items")) {
            if (item.get("id").asLong() == id) {
                return item;
            }
        }
        throw new AssertionError("item " + id + " not in " + page);
    }

    /** Speaks SMTP to the test's server and hands it the raw mail as it is, byte for byte. */
    private static void deliver(String to, String raw) {
        try (Socket socket = new Socket("127.0.0.1", SMTP_PORT)) {
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.UTF_8));
            OutputStream out = socket.getOutputStream();
            expect(in, "220");
            for (String command : new String[] { "HELO test", "MAIL FROM:<sender@example.com>", "RCPT TO:<" + to + ">",
                    "DATA" }) {
                out.write((command + "\r\n").getBytes(StandardCharsets.UTF_8));
                expect(in, command.equals("DATA") ? "354" : "2");
            }
            String stuffed = raw.replace("\r\n.", "\r\n..");
            out.write(stuffed.getBytes(StandardCharsets.UTF_8));
            out.write((stuffed.endsWith("\r\n") ? ".\r\n" : "\r\n.\r\n").getBytes(StandardCharsets.UTF_8));
            expect(in, "250");
            out.write("QUIT\r\n".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void expect(BufferedReader in, String code) throws IOException {
        String line;
        do {
            line = in.readLine();
        } while (line != null && line.length() > 3 && line.charAt(3) == '-');
        assertThat(line).startsWith(code);
    }

    private static boolean seen(String box, String messageId) {
        return withInbox(box, folder -> {
            for (Message m : folder.getMessages()) {
                if (messageId.equals(m.getHeader("Message-ID")[0])) {
                    return m.isSet(Flags.Flag.SEEN);
                }
            }
            throw new AssertionError(messageId + " not in the mailbox");
        });
    }

    private static void markUnread(String box, String messageId) {
        withInbox(box, folder -> {
            for (Message m : folder.getMessages()) {
                if (messageId.equals(m.getHeader("Message-ID")[0])) {
                    m.setFlag(Flags.Flag.SEEN, false);
                }
            }
            return null;
        });
    }

    private interface InFolder<T> {
        T apply(Folder folder) throws Exception;
    }

    private static <T> T withInbox(String box, InFolder<T> work) {
        Properties p = new Properties();
        p.put("mail.imap.peek", "true");
        try (Store store = Session.getInstance(p).getStore("imap")) {
            store.connect("127.0.0.1", IMAP_PORT, login(box), password(box));
            Folder folder = store.getFolder("INBOX");
            folder.open(Folder.READ_WRITE);
            try {
                return work.apply(folder);
            } finally {
                folder.close(false);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String messageId() {
        return "<" + random() + "." + random() + "@mail.example.com>";
    }

    private static String random() {
        return Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L), 36);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
