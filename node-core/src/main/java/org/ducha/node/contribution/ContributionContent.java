package org.ducha.node.contribution;

/**
 * What a contribution says: the report's content fields (三(一)), without a percentage (the
 * lead unit answers for the progress).
 *
 * @param progress major progress and important situations
 * @param dissemination 传达学习情况
 * @param measures 政策措施
 * @param effects 实施效果
 * @param practices 典型做法
 * @param difficulties 困难问题
 * @param suggestions 意见建议
 */
public record ContributionContent(String progress, String dissemination, String measures, String effects,
		String practices, String difficulties, String suggestions) {
}
