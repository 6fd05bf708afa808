package cn.lvzhi.casework.web;

/** A department's answer as the API receives it. */
record AnswerRequest(String answer) {
}
