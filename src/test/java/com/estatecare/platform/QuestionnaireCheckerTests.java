package com.estatecare.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.estatecare.platform.QuestionnaireChecker.Choice;
import com.estatecare.platform.QuestionnaireChecker.Item;
import com.estatecare.platform.QuestionnaireChecker.Kind;

/** The checks every questionnaire shares (revisits and surveys), one rule a test. */
class QuestionnaireCheckerTests {

    private static final List<Choice> YES_NO_CHOICES = List.of(new Choice("yes", "会", "Yes"), new Choice("no", "不会", "No"));
    private static final List<Item> ITEMS = List.of(
            new Item("rating", Kind.SCALE, "总体满意度", "Overall", true, null),
            new Item("fixed", Kind.YES_NO, "解决了吗", "Fixed?", false, null),
            new Item("recommend", Kind.CHOICE, "推荐吗", "Recommend?", false, YES_NO_CHOICES),
            new Item("comment", Kind.TEXT, "意见", "Comment", false, null));

    private static List<String> refused(Map<String, Object> answers) {
        List<String> found = new ArrayList<>();
        assertThatThrownBy(() -> QuestionnaireChecker.readAnswers(ITEMS, answers, 10))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, e -> found.addAll(problems(e)));
        return found;
    }

    @SuppressWarnings("unchecked")
    private static List<String> problems(DomainException e) {
        return ((List<FieldProblem>) e.properties().get("errors")).stream()
                .map(p -> p.field() + " " + p.reasonCode() + " " + Arrays.toString(p.arguments())).toList();
    }

    private static List<String> fields(List<FieldProblem> problems) {
        return problems.stream().map(p -> p.field() + " " + p.reasonCode()).toList();
    }

    @Test
    void answersAreReadInTheQuestionsOrderWithRatingsAsIntegersAndTextsStripped() {
        Map<String, Object> read = QuestionnaireChecker.readAnswers(ITEMS,
                Map.of("comment", "  很好 ", "recommend", "yes", "fixed", true, "rating", 4L), 10);
        assertThat(read).containsExactly(Map.entry("rating", 4), Map.entry("fixed", true),
                Map.entry("recommend", "yes"), Map.entry("comment", "很好"));
    }

    @Test
    void aBlankOrMissingAnswerIsLeftOutAndRefusedOnlyWhenRequired() {
        assertThat(QuestionnaireChecker.readAnswers(ITEMS, Map.of("rating", 5, "comment", "  "), 10))
                .containsOnlyKeys("rating");
        assertThat(refused(Map.of("comment", "ok"))).containsExactly("answers.rating required []");
        assertThat(refused(null)).containsExactly("answers.rating required []");
    }

    @Test
    void anAnswerToNoQuestionIsRefusedWithItsKeyCutTo40Characters() {
        assertThat(refused(Map.of("rating", 5, "colour", "blue"))).containsExactly("answers.colour unknown []");
        assertThat(refused(Map.of("rating", 5, "k".repeat(60), 1)))
                .containsExactly("answers." + "k".repeat(40) + "… unknown []");
    }

    @Test
    void aRatingIsAWholeNumberFromOneToFive() {
        assertThat(refused(Map.of("rating", 0))).containsExactly("answers.rating range [1, 5]");
        assertThat(refused(Map.of("rating", 6))).containsExactly("answers.rating range [1, 5]");
        assertThat(refused(Map.of("rating", "5"))).containsExactly("answers.rating malformed []");
        assertThat(refused(Map.of("rating", 4.5))).containsExactly("answers.rating malformed []");
    }

    @Test
    void aYesNoAnswerIsABoolean() {
        assertThat(refused(Map.of("rating", 5, "fixed", "yes"))).containsExactly("answers.fixed malformed []");
    }

    @Test
    void aChoiceIsTheKeyOfAnOfferedChoice() {
        assertThat(refused(Map.of("rating", 5, "recommend", "perhaps")))
                .containsExactly("answers.recommend one-of [yes, no]");
        assertThat(refused(Map.of("rating", 5, "recommend", 1))).containsExactly("answers.recommend one-of [yes, no]");
    }

    @Test
    void aTextIsAStringOfAtMost2000Characters() {
        assertThat(refused(Map.of("rating", 5, "comment", "很".repeat(2001))))
                .containsExactly("answers.comment length [0, 2000]");
        assertThat(refused(Map.of("rating", 5, "comment", 7))).containsExactly("answers.comment malformed []");
        assertThat(QuestionnaireChecker.readAnswers(ITEMS, Map.of("rating", 5, "comment", "很".repeat(2000)), 10))
                .containsKey("comment");
    }

    @Test
    void everyProblemOfAnAnswerIsNamedAtOnce() {
        Map<String, Object> bad = new HashMap<>(Map.of("rating", 9, "fixed", "no", "colour", "blue"));
        assertThat(refused(bad)).extracting(p -> p.split(" ")[0])
                .containsExactlyInAnyOrder("answers.colour", "answers.rating", "answers.fixed");
    }

    @Test
    void moreAnswersThanTheBoundAreRefusedBeforeAnyIsRead() {
        Map<String, Object> many = new HashMap<>();
        for (int i = 0; i < 11; i++) {
            many.put("q" + i, i);
        }
        assertThatThrownBy(() -> QuestionnaireChecker.readAnswers(ITEMS, many, 10))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class,
                        e -> assertThat(problems(e)).containsExactly("answers range [0, 10]"));
    }

    @Test
    void aWorkableTemplateHasNoProblem() {
        assertThat(QuestionnaireChecker.checkTemplate("问卷", "Survey", ITEMS, 10)).isEmpty();
    }

    @Test
    void aTemplateNeedsNamesAndOneToTheBoundOfQuestions() {
        assertThat(fields(QuestionnaireChecker.checkTemplate(" ", "x".repeat(201), List.of(), 10)))
                .containsExactly("name required", "nameEn length", "questions range");
        assertThat(fields(QuestionnaireChecker.checkTemplate("问卷", "Survey", null, 10)))
                .containsExactly("questions range");
        assertThat(fields(QuestionnaireChecker.checkTemplate("问卷", "Survey", ITEMS, 3)))
                .containsExactly("questions range");
    }

    @Test
    void eachQuestionNeedsAWellFormedDistinctKeyAKindAndBothTexts() {
        List<Item> items = Arrays.asList(new Item("rating", Kind.SCALE, "满意度", "Rating", true, null),
                new Item("rating", null, "", "Again", false, null), new Item("9lives", Kind.TEXT, "意见", null, false, null),
                null);
        assertThat(fields(QuestionnaireChecker.checkTemplate("问卷", "Survey", items, 10))).containsExactly(
                "questions[1].key duplicate", "questions[1].type required", "questions[1].text required",
                "questions[2].key malformed", "questions[2].textEn required", "questions[3] required");
    }

    @Test
    void onlyAChoiceQuestionOffersTwoToTenDistinctWellFormedChoices() {
        List<Item> items = List.of(new Item("a", Kind.TEXT, "意见", "Comment", false, YES_NO_CHOICES),
                new Item("b", Kind.CHOICE, "推荐", "Recommend", false, List.of(new Choice("yes", "会", "Yes"))),
                new Item("c", Kind.CHOICE, "推荐", "Recommend", false, Arrays.asList(new Choice("yes", "会", "Yes"),
                        new Choice("yes", "会", "Yes"), new Choice("no way", "不", "No"), null,
                        new Choice("maybe", "", "Maybe"))));
        assertThat(fields(QuestionnaireChecker.checkTemplate("问卷", "Survey", items, 10))).containsExactly(
                "questions[0].options not-allowed", "questions[1].options range", "questions[2].options[1].key duplicate",
                "questions[2].options[2].key malformed", "questions[2].options[3].key malformed",
                "questions[2].options[4].text required");
    }
}
