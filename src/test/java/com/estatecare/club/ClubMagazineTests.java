package com.estatecare.club;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.estatecare.club.ClubOwners.Owner;
import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;

import tools.jackson.databind.JsonNode;

/**
 * The member magazine (会刊) over HTTP against PostgreSQL: staff make an issue with articles and its PDF; publishing
 * sends it once to the members who opted in (their portal inbox) — not to those who did not, not again when it is
 * published twice at the same moment or again, and not again when the event is delivered a second time as Spring
 * Modulith does after a restart; members read it in the portal, the other company's members cannot; a PDF that is
 * too big or is no PDF and other hostile input is refused naming the field and changes nothing.
 */
@EstateCareTest
class ClubMagazineTests {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Autowired
    Api api;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void aPublishedIssueIsSentOnceToTheMembersWhoOptedInAcrossConcurrentPublishingAndARedelivery() throws Exception {
        Owner reader = ClubOwners.owner(api, "agent", "2020-06-01");
        Owner quiet = ClubOwners.owner(api, "agent", "2020-06-01");
        ClubOwners.join(reader);
        ClubOwners.join(quiet);
        JsonNode page = reader.caller().get("/api/v1/me/club/magazine").json();
        assertThat(page.get("wanted").asBoolean()).isFalse();
        assertThat(page.get("consentText").asString()).contains("会刊");
        var optIn = reader.caller().put("/api/v1/me/club/magazine", Map.of("wanted", true,
                "consentTextVersion", page.get("consentVersion").asString()));
        assertThat(optIn.status()).as(optIn.body()).isEqualTo(200);
        assertThat(optIn.json().get("wanted").asBoolean()).isTrue();
        JsonNode consent = api.as("agent").get("/api/v1/customers/" + reader.customerId() + "/consents").json()
                .get("current").valueStream().filter(c -> c.get("purpose").asString().equals("MAGAZINE")).findFirst()
                .orElseThrow();
        assertThat(consent.get("granted").asBoolean()).isTrue();
        assertThat(consent.get("textVersion").asString()).isEqualTo(page.get("consentVersion").asString());

        long issue = issueWithArticle("agent");
        assertThat(api.as("agent").multipart("/api/v1/club/magazine/issues/" + issue + "/pdf", "2026-11.pdf", PDF)
                .status()).isEqualTo(200);
        assertThat(reader.caller().get("/api/v1/me/club/magazine/issues/" + issue).status())
                .as("a draft is not read by members").isEqualTo(404);

        var first = CompletableFuture.supplyAsync(() -> publish(issue));
        var second = CompletableFuture.supplyAsync(() -> publish(issue));
        assertThat(List.of(first.get(), second.get())).containsOnly(200);
        JsonNode published = api.as("manager").get("/api/v1/club/magazine/issues/" + issue).json();
        assertThat(published.get("status").asString()).isEqualTo("PUBLISHED");
        String key = "club-magazine:" + issue;
        await().atMost(Duration.ofSeconds(30)).until(() -> notices(reader, key) > 0);
        assertThat(publish(issue)).as("publishing again").isEqualTo(200);
        transactions.executeWithoutResult(status -> events.publishEvent(new ClubMagazinePublished(issue,
                published.get("companyId").asLong(), "/", published.get("number").asInt(),
                published.get("title").asString(), List.of(reader.customerId()), java.time.Instant.parse(published.get("publishedAt").asString()))));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> notices(reader, key) == 1);

        assertThat(notices(reader, key)).isEqualTo(1);
        assertThat(notices(quiet, key)).as("did not opt in").isZero();
        assertThat(reader.caller().get("/api/v1/me/inbox").json().get("items").valueStream()
                .filter(n -> n.get("kind").asString().equals("CLUB_MAGAZINE")).map(n -> n.get("title").asString()))
                .containsExactly("会刊第 " + published.get("number").asInt() + " 期已出版：" + published.get("title")
                        .asString());
        JsonNode read = reader.caller().get("/api/v1/me/club/magazine/issues/" + issue).json();
        assertThat(read.get("articles").get(0).get("title").asString()).isEqualTo("业主故事");
        var pdf = reader.caller().get("/api/v1/me/club/magazine/issues/" + issue + "/pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF");
        assertThat(quiet.caller().get("/api/v1/me/club/magazine").json().get("issues").valueStream()
                .map(i -> i.get("id").asLong())).as("every member reads it in the portal").contains(issue);
        assertThat(api.as("agent").post("/api/v1/club/magazine/issues/" + issue + "/articles", Map.of("title", "补充",
                "body", "晚了")).status()).as("a published issue is final").isEqualTo(409);
    }

    @Test
    void theOtherCompanysMembersAndStaffSeeNoneOfAnIssue() {
        long issue = issueWithArticle("agent");
        assertThat(publish(issue)).isEqualTo(200);
        Owner hangzhou = ClubOwners.owner(api, "hz-agent", "2020-06-01");
        ClubOwners.join(hangzhou);

        assertThat(hangzhou.caller().get("/api/v1/me/club/magazine/issues/" + issue).status()).isEqualTo(404);
        assertThat(hangzhou.caller().get("/api/v1/me/club/magazine/issues/" + issue + "/pdf").status()).isEqualTo(404);
        assertThat(hangzhou.caller().get("/api/v1/me/club/magazine").json().get("issues").valueStream()
                .map(i -> i.get("id").asLong())).doesNotContain(issue);
        assertThat(api.as("hz-agent").get("/api/v1/club/magazine/issues/" + issue).status()).isEqualTo(404);
        assertThat(api.as("hz-agent").get("/api/v1/club/magazine/issues").json().valueStream()
                .map(i -> i.get("id").asLong())).doesNotContain(issue);
        assertThat(api.as("hz-manager").post("/api/v1/club/magazine/issues/" + issue + "/publish", Map.of()).status())
                .isEqualTo(404);
    }

    @Test
    void aPdfTooBigOrNotAPdfAndOtherHostileInputAreRefusedNamingTheFieldAndChangeNothing() {
        long issue = issueWithArticle("agent");
        byte[] big = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
        var tooBig = api.as("agent").multipart("/api/v1/club/magazine/issues/" + issue + "/pdf", "big.pdf", big);
        assertThat(tooBig.status()).as(tooBig.body()).isEqualTo(400);
        assertThat(fields(tooBig)).containsExactly("file");
        byte[] png = { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10 };
        var notPdf = api.as("agent").english().multipart("/api/v1/club/magazine/issues/" + issue + "/pdf", "x.pdf", png);
        assertThat(notPdf.status()).as(notPdf.body()).isEqualTo(400);
        assertThat(fields(notPdf)).containsExactly("file");
        assertThat(notPdf.json().get("errors").get(0).get("reason").asString()).isEqualTo("Only a PDF file is accepted");
        var hugeArticle = api.as("agent").post("/api/v1/club/magazine/issues/" + issue + "/articles",
                Map.of("title", "", "body", "字".repeat(1_000_000)));
        assertThat(hugeArticle.status()).isEqualTo(400);
        assertThat(fields(hugeArticle)).containsExactlyInAnyOrder("title", "body");
        var badIssue = api.as("agent").post("/api/v1/club/magazine/issues", Map.of("number", -1, "title",
                "长".repeat(300), "issueDate", "1800-01-01"));
        assertThat(badIssue.status()).isEqualTo(400);
        assertThat(fields(badIssue)).containsExactlyInAnyOrder("number", "title", "issueDate");
        int number = api.as("agent").get("/api/v1/club/magazine/issues/" + issue).json().get("number").asInt();
        assertThat(api.as("agent").post("/api/v1/club/magazine/issues", Map.of("number", number, "title", "重复",
                "issueDate", "2026-11-20")).status()).as("numbers are unique in the company").isEqualTo(409);
        Owner owner = ClubOwners.owner(api, "agent", "2020-06-01");
        ClubOwners.join(owner);
        assertThat(fields(owner.caller().put("/api/v1/me/club/magazine", Map.of("wanted", true,
                "consentTextVersion", "old")))).containsExactly("consentTextVersion");

        JsonNode after = api.as("agent").get("/api/v1/club/magazine/issues/" + issue).json();
        assertThat(after.get("pdfName").isNull()).isTrue();
        assertThat(after.get("articles").size()).isEqualTo(1);
        assertThat(owner.caller().get("/api/v1/me/club/magazine").json().get("wanted").asBoolean()).isFalse();
    }

    private long issueWithArticle(String agent) {
        int number = ThreadLocalRandom.current().nextInt(1_000, 50_000);
        var issue = api.as(agent).post("/api/v1/club/magazine/issues", Map.of("number", number, "title",
                "冬季刊 " + number, "issueDate", "2026-11-20"));
        assertThat(issue.status()).as(issue.body()).isEqualTo(201);
        long id = issue.json().get("id").asLong();
        var article = api.as(agent).post("/api/v1/club/magazine/issues/" + id + "/articles", Map.of("title", "业主故事",
                "body", "一位业主和他的花园。"));
        assertThat(article.status()).as(article.body()).isEqualTo(201);
        return id;
    }

    private int publish(long issue) {
        return api.as("manager").post("/api/v1/club/magazine/issues/" + issue + "/publish", Map.of()).status();
    }

    private long notices(Owner owner, String key) {
        return jdbc.sql("""
                select count(*) from notification n join account a on a.id = n.account_id
                where a.username = :u and n.event_key = :k""")
                .param("u", owner.username()).param("k", key).query(Long.class).single();
    }

    private static List<String> fields(Api.Response response) {
        return response.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }
}
