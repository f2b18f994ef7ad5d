// The strings of the evidence records in a timeline (evidenceLinks.ts), in English and Chinese (i18n.ts merges
// them into its tables).
export const evidenceEn = {
  archivedCopy: 'archived copy',
  capturedOn: 'captured on {date}',
  linkOnline: 'still online',
  linkMissing: 'gone from the source (checked {date})',
  linkChanged: 'changed since (checked {date})',
  linkUnchecked: 'not checked yet',
  capturePending: 'No copy kept yet: the archive will try shortly.',
  captureBlocked: 'No copy was kept: the archive may not fetch this address.',
  captureFailed: 'No copy was kept: {reason}.',
  archiveFailed: 'Could not get the archived copy: {message}',
  failureBLOCKED_ADDRESS: 'the archive may not fetch this address',
  failureUNREACHABLE: 'the source could not be reached',
  failureTOO_LARGE: 'the page is too large to keep',
  failureUNSUPPORTED_TYPE: 'the archive does not keep this kind of file',
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
  capturePending: '尚未存档，系统稍后会尝试保存副本。',
  captureBlocked: '未保存副本：存档系统不可访问此地址。',
  captureFailed: '未保存副本：{reason}。',
  archiveFailed: '无法获取存档副本：{message}',
  failureBLOCKED_ADDRESS: '存档系统不可访问此地址',
  failureUNREACHABLE: '无法连接来源',
  failureTOO_LARGE: '页面过大，无法保存',
  failureUNSUPPORTED_TYPE: '存档系统不保存此类文件',
  failureTIMEOUT: '来源响应超时',
  failureHTTP_ERROR: '来源返回错误',
};
