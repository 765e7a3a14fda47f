package com.estatecare.inbound.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.estatecare.platform.DomainException;

/** WeChat's message XML read safely (no DTD, no entity, flat fields) and passive replies written escaped. */
class WechatXmlTests {

    @Test
    void textVoiceImageAndEventMessagesAreRead() {
        WechatXml.Message text = WechatXml.parse("""
                <xml><ToUserName><![CDATA[gh_estate]]></ToUserName><FromUserName><![CDATA[oWx_owner_0001]]></FromUserName>
                <CreateTime>1764000000</CreateTime><MsgType><![CDATA[text]]></MsgType>
                <Content><![CDATA[厨房 <水管> 漏水 & 滴水]]></Content><MsgId>24001</MsgId></xml>""");
        assertThat(text.content()).isEqualTo("厨房 <水管> 漏水 & 滴水");
        assertThat(text.key()).isEqualTo("24001");
        assertThat(WechatInbox.text(text)).isEqualTo(text.content());

        WechatXml.Message voice = WechatXml.parse("""
                <xml><FromUserName>oWx_owner_0001</FromUserName><CreateTime>1764000001</CreateTime>
                <MsgType>voice</MsgType><MediaId>media-7</MediaId><Format>amr</Format>
                <Recognition>阳台门关不上</Recognition><MsgId>24002</MsgId></xml>""");
        assertThat(WechatInbox.text(voice)).isEqualTo("阳台门关不上");
        assertThat(voice.mediaId()).isEqualTo("media-7");

        WechatXml.Message image = WechatXml.parse("""
                <xml><FromUserName>oWx_owner_0001</FromUserName><CreateTime>1764000002</CreateTime>
                <MsgType>image</MsgType><PicUrl>http://mmbiz.example/x</PicUrl><MediaId>media-8</MediaId>
                <MsgId>24003</MsgId></xml>""");
        assertThat(WechatInbox.text(image)).isNull();
        assertThat(WechatInbox.description("image", null, image.mediaId())).contains("图片", "media-8");

        WechatXml.Message subscribe = WechatXml.parse("""
                <xml><FromUserName>oWx_owner_0001</FromUserName><CreateTime>1764000003</CreateTime>
                <MsgType>event</MsgType><Event>subscribe</Event></xml>""");
        assertThat(subscribe.key()).isEqualTo("event:oWx_owner_0001:1764000003:subscribe");
    }

    @Test
    void aDocumentTypeDeclarationIsRefusedSoNoEntityIsEverExpanded() {
        String xxe = """
                <?xml version="1.0"?><!DOCTYPE xml [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <xml><FromUserName>o1</FromUserName><CreateTime>1</CreateTime><MsgType>text</MsgType>
                <Content>&secret;</Content><MsgId>1</MsgId></xml>""";
        assertRefused(xxe);
        String laughs = """
                <!DOCTYPE xml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
                <xml><FromUserName>o1</FromUserName><CreateTime>1</CreateTime><MsgType>text</MsgType>
                <Content>&b;</Content></xml>""";
        assertRefused(laughs);
        assertRefused("<xml><FromUserName>o1</FromUserName><CreateTime>1</CreateTime><MsgType>text</MsgType>"
                + "<Content>&undeclared;</Content></xml>");
    }

    @Test
    void malformedNestedOversizedOrIncompleteMessagesAreRefused() {
        assertRefused("<xml><FromUserName>o1</FromUserName>");
        assertRefused("not xml at all");
        assertRefused("<other><FromUserName>o1</FromUserName><CreateTime>1</CreateTime><MsgType>text</MsgType></other>");
        assertRefused("<xml><FromUserName><b>o1</b></FromUserName><CreateTime>1</CreateTime><MsgType>text</MsgType></xml>");
        assertRefused("<xml><CreateTime>1</CreateTime><MsgType>text</MsgType></xml>");
        assertRefused("<xml><FromUserName>o1</FromUserName><CreateTime>yesterday</CreateTime><MsgType>text</MsgType></xml>");
        assertRefused("<xml><FromUserName>o1</FromUserName><CreateTime>1</CreateTime><MsgType>text</MsgType><Content>"
                + "x".repeat(9_000) + "</Content></xml>");
        StringBuilder many = new StringBuilder("<xml><FromUserName>o1</FromUserName><CreateTime>1</CreateTime>"
                + "<MsgType>text</MsgType>");
        for (int i = 0; i < 50; i++) {
            many.append("<F").append(i).append(">x</F").append(i).append('>');
        }
        assertRefused(many.append("</xml>").toString());
    }

    @Test
    void passiveReplyEscapesWhatItQuotes() {
        String reply = WechatXml.textReply("oWx<1>", "gh_&", 1764000000L, "工单 ]]> <b>BX-1</b>");
        assertThat(reply).contains("<ToUserName>oWx&lt;1&gt;</ToUserName>", "<FromUserName>gh_&amp;</FromUserName>",
                "<CreateTime>1764000000</CreateTime>", "<MsgType>text</MsgType>",
                "<Content>工单 ]]&gt; &lt;b&gt;BX-1&lt;/b&gt;</Content>");
        assertThat(WechatXml.parse(reply).content()).isEqualTo("工单 ]]> <b>BX-1</b>");
    }

    @Test
    void openidsAreShownByTheirFirstAndLastFourCharacters() {
        assertThat(WechatInbox.maskOpenid("oWx_abcdefghijkl1234")).isEqualTo("oWx_****1234");
        assertThat(WechatInbox.maskOpenid("short")).isEqualTo("****");
    }

    private static void assertRefused(String xml) {
        assertThatThrownBy(() -> WechatXml.parse(xml)).isInstanceOf(DomainException.InvalidInput.class)
                .satisfies(e -> assertThat(((DomainException) e).properties().get("errors").toString())
                        .contains("body"));
    }
}
