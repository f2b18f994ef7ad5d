// The strings of the evidence records in a timeline (evidenceLinks.ts), in English and Chinese (i18n.ts merges
// them into its tables).
export const evidenceEn = {
  archivedCopy: 'archived copy',
  capturedOn: 'captured on {date}',
  linkOnline: 'still online',
  linkMissing: 'gone from the source (checked {date})',
  linkChanged: 'changed since (checked {date})',
  linkUnchecked: 'not checked yet',
  capturePending: 'not archived yet',
  captureBlocked: 'not archived: the address is not allowed',
  captureFailed: 'not archived: {reason}',
  archiveFailed: 'Could not get the archived copy: {message}',
  failureBLOCKED_ADDRESS: 'the address is not allowed',
  failureUNREACHABLE: 'the source could not be reached',
  failureTOO_LARGE: 'too large',
  failureUNSUPPORTED_TYPE: 'a content type the archive does not keep',
  failureTIMEOUT: 'the source took too long',
  failureHTTP_ERROR: 'the source answered with an error',
};

export const evidenceZh: Record<keyof typeof evidenceEn, string> = {
  archivedCopy: '存档副本',
  capturedOn: '存档于 {date}',
  linkOnline: '原链接仍可访问',
  linkMissing: '原链接已失效（{date} 检查）',
  linkChanged: '原页面已变更（{date} 检查）',
  linkUnchecked: '尚未检查',
  capturePending: '尚未存档',
  captureBlocked: '未存档：该地址不允许访问',
  captureFailed: '未存档：{reason}',
  archiveFailed: '无法获取存档副本：{message}',
  failureBLOCKED_ADDRESS: '该地址不允许访问',
  failureUNREACHABLE: '无法连接来源',
  failureTOO_LARGE: '内容过大',
  failureUNSUPPORTED_TYPE: '存档不保存此内容类型',
  failureTIMEOUT: '来源响应超时',
  failureHTTP_ERROR: '来源返回错误',
};
