package com.estatecare.inbound.internal;

/**
 * What the official account answers a message at once (被动回复, in Chinese: WeChat's owners read Chinese): the
 * request's number when one was registered or written on, a word of thanks otherwise; nothing for an unsubscribe.
 */
final class WechatReplies {

    private WechatReplies() {
    }

    /** The reply's text, or {@code null} when WeChat is to be answered {@code success} and shows nothing. */
    static String text(WechatInbox.Handled handled) {
        return switch (handled.outcome()) {
            case REQUEST -> "您的消息已收到，已登记为工单 " + handled.requestNumber() + "，我们会尽快与您联系。";
            case TIMELINE -> "您的消息已补充到工单 " + handled.requestNumber() + "，处理人员会及时查看。";
            case TRIAGE -> "您的消息已收到，客服人员会尽快处理。在业主门户绑定微信后，可直接报修并查询工单进度。";
            case EVENT -> "subscribe".equals(handled.event())
                    ? "感谢关注！直接发送文字、图片或语音即可报修、咨询或投诉。" : null;
        };
    }
}
