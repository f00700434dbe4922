<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>EditActions</name>
    <message>
        <source>请先选择两个文本框：先选前一个，再按住 Shift 选后一个。</source>
        <translation>Select two text frames first: the earlier one, then Shift-click the next.</translation>
    </message>
    <message>
        <source>只有文本框可以链接。</source>
        <translation>Only text frames can be linked.</translation>
    </message>
    <message>
        <source>第一个框还没有稿件，无法链接。</source>
        <translation>The first frame holds no story, so there is nothing to link.</translation>
    </message>
    <message>
        <source>这两个框已在同一链中。</source>
        <translation>These frames are already in the same chain.</translation>
    </message>
    <message>
        <source>链接框</source>
        <translation>Link Frames</translation>
    </message>
    <message>
        <source>所选框不在任何链中。</source>
        <translation>The selected frame is not in a chain.</translation>
    </message>
    <message>
        <source>断开链接</source>
        <translation>Unlink Frame</translation>
    </message>
    <message>
        <source>请先在稿件列表中选择稿件。</source>
        <translation>Choose a story in the story list first.</translation>
    </message>
    <message>
        <source>请先选择一个文本框。</source>
        <translation>Select a text frame first.</translation>
    </message>
    <message>
        <source>稿件已在此框中。</source>
        <translation>The story is already in this frame.</translation>
    </message>
    <message>
        <source>置入稿件</source>
        <translation>Place Story</translation>
    </message>
    <message>
        <source>没有可删除的版面。</source>
        <translation>There is no page to remove.</translation>
    </message>
    <message>
        <source>版面至少保留一版。</source>
        <translation>An edition keeps at least one page.</translation>
    </message>
    <message>
        <source>版面状态</source>
        <translation>Page Status</translation>
    </message>
    <message>
        <source>没有可移动的版面。</source>
        <translation>There is no page to move.</translation>
    </message>
    <message>
        <source>已是第一版。</source>
        <translation>This is already the first page.</translation>
    </message>
    <message>
        <source>已是最后一版。</source>
        <translation>This is already the last page.</translation>
    </message>
    <message>
        <source>移动版面</source>
        <translation>Move Page</translation>
    </message>
</context>
<context>
    <name>EditionExporter</name>
    <message>
        <source>页码“%1”无效：本期共 %2 页（例：1,3-5）。</source>
        <translation>Page range “%1” is not valid: this edition has %2 pages (e.g. 1,3-5).</translation>
    </message>
    <message>
        <source>没有选择要导出的版面。</source>
        <translation>No pages chosen for export.</translation>
    </message>
    <message>
        <source>请选择导出文件夹。</source>
        <translation>Choose a folder to export to.</translation>
    </message>
    <message>
        <source>文件名模式给两版起了同一个名字“%1”：请在模式里加上 {page} 或 {section}，或改正重复的版次。</source>
        <translation>The file name pattern gives two pages the same name “%1”: add {page} or {section} to the pattern, or correct the repeated page numbers.</translation>
    </message>
    <message>
        <source>无法创建文件夹 %1。</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>已取消：写好了 %1 个文件，共 %2 个。</source>
        <translation>Cancelled: %1 of %2 files were written.</translation>
    </message>
    <message>
        <source>第 %1 版没有导出：%2</source>
        <translation>Page %1 was not exported: %2</translation>
    </message>
</context>
<context>
    <name>ExportGuard</name>
    <message>
        <source>第%1版</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>%1 第%2版</source>
        <translation>%1 Page %2</translation>
    </message>
    <message>
        <source>第 %1 页（%2）</source>
        <translation>Page %1 (%2)</translation>
    </message>
    <message>
        <source>%1（%2 签于 %3）</source>
        <translation>%1 (signed by %2 at %3)</translation>
    </message>
    <message>
        <source>签版后有改动，这些签字已失效：%1</source>
        <translation>Changed after sign-off; these signatures are no longer valid: %1</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>还没有签：%1</source>
        <translation>Not signed yet: %1</translation>
    </message>
    <message>
        <source>本期没有设签版级别</source>
        <translation>This edition has no sign-off levels set</translation>
    </message>
    <message>
        <source>%1 不能发厂：%2。</source>
        <translation>%1 cannot be sent to the plant: %2.</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>这一版还没有发过厂。</source>
        <translation>This page has not been sent to the plant yet.</translation>
    </message>
    <message>
        <source>这一版只发过一次（%1），没有可比较的替换文件。</source>
        <translation>This page was sent only once (%1); there is no replacement file to compare.</translation>
    </message>
</context>
<context>
    <name>FrameClipboard</name>
    <message>
        <source>%1 副本</source>
        <translation>%1 copy</translation>
    </message>
    <message>
        <source>粘贴</source>
        <translation>Paste</translation>
    </message>
</context>
<context>
    <name>FrameFactory</name>
    <message>
        <source>文本框 %1</source>
        <translation>Text frame %1</translation>
    </message>
    <message>
        <source>图片框 %1</source>
        <translation>Picture frame %1</translation>
    </message>
    <message>
        <source>线 %1</source>
        <translation>Rule %1</translation>
    </message>
    <message>
        <source>方框 %1</source>
        <translation>Box %1</translation>
    </message>
</context>
<context>
    <name>FrameFitting</name>
    <message>
        <source>按内容调整框高需要选中一个置入了稿件的文本框。</source>
        <translation>Fit Frame to Text needs a selected text frame that holds a story.</translation>
    </message>
    <message>
        <source>文本框不在版面上。</source>
        <translation>The text frame is not on a page.</translation>
    </message>
    <message>
        <source>串接的最后一个框“%1”已锁定。</source>
        <translation>The last frame of the chain, “%1”, is locked.</translation>
    </message>
    <message>
        <source>框已到版心底部，稿件仍超出。</source>
        <translation>The frame reaches the bottom of the type area and the story is still overset.</translation>
    </message>
    <message>
        <source>按内容调整框高</source>
        <translation>Fit Frame to Text</translation>
    </message>
    <message>
        <source>宽度跨栏需要选中一个框。</source>
        <translation>Span Columns needs a selected frame.</translation>
    </message>
    <message>
        <source>线条没有栏宽，请选中文本框、图片框或方框。</source>
        <translation>A rule has no column width: select a text, picture or box frame.</translation>
    </message>
    <message>
        <source>框“%1”已锁定。</source>
        <translation>Frame “%1” is locked.</translation>
    </message>
    <message>
        <source>版面只有 %1 栏，不能跨 %2 栏。</source>
        <translation>The page has only %1 columns; cannot span %2.</translation>
    </message>
    <message>
        <source>宽度跨 %1 栏</source>
        <translation>Span %1 Columns</translation>
    </message>
</context>
<context>
    <name>FrameOperations</name>
    <message>
        <source>请至少选择两个框再对齐。</source>
        <translation>Select at least two frames to align.</translation>
    </message>
    <message>
        <source>对齐</source>
        <translation>Align</translation>
    </message>
    <message>
        <source>请至少选择三个未锁定的框再分布。</source>
        <translation>Select at least three unlocked frames to distribute.</translation>
    </message>
    <message>
        <source>分布</source>
        <translation>Distribute</translation>
    </message>
    <message>
        <source>请先选择框。</source>
        <translation>Select frames first.</translation>
    </message>
    <message>
        <source>移到最前</source>
        <translation>Bring to Front</translation>
    </message>
    <message>
        <source>移到最后</source>
        <translation>Send to Back</translation>
    </message>
    <message>
        <source>锁定</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>请至少选择两个框再编组。</source>
        <translation>Select at least two frames to group.</translation>
    </message>
    <message>
        <source>编组</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>所选框不在任何组中。</source>
        <translation>The selected frames are not in a group.</translation>
    </message>
    <message>
        <source>取消编组</source>
        <translation>Ungroup</translation>
    </message>
</context>
<context>
    <name>ImageFrames</name>
    <message>
        <source>图片文件“%1”是空的。</source>
        <translation>The picture file “%1” is empty.</translation>
    </message>
    <message>
        <source>“%1”不是 JPEG 或 PNG 图片，无法置入。</source>
        <translation>“%1” is not a JPEG or PNG picture and cannot be placed.</translation>
    </message>
    <message>
        <source>图片“%1”已损坏，无法读取：%2</source>
        <translation>The picture “%1” is damaged and cannot be read: %2</translation>
    </message>
    <message>
        <source>无法打开图片“%1”：%2</source>
        <translation>Cannot open the picture “%1”: %2</translation>
    </message>
    <message>
        <source>没有可置入图片的版面。</source>
        <translation>There is no page to place the picture on.</translation>
    </message>
    <message>
        <source>置入图片</source>
        <translation>Place Picture</translation>
    </message>
    <message>
        <source>图片适合方式</source>
        <translation>Picture Fit</translation>
    </message>
    <message>
        <source>图片缩放</source>
        <translation>Picture Scale</translation>
    </message>
    <message>
        <source>裁切图片</source>
        <translation>Crop Picture</translation>
    </message>
    <message>
        <source>请先选择一个图片框。</source>
        <translation>Select a picture frame first.</translation>
    </message>
    <message>
        <source>这张图片已有说明框。</source>
        <translation>This picture already has a caption frame.</translation>
    </message>
    <message>
        <source>%1 图片说明</source>
        <translation>%1 caption</translation>
    </message>
    <message>
        <source>%1 说明</source>
        <translation>%1 caption</translation>
    </message>
    <message>
        <source>添加图片说明</source>
        <translation>Add Caption</translation>
    </message>
</context>
<context>
    <name>LastSession</name>
    <message>
        <source>上次的版面 %1 已不存在，显示的是示例版面</source>
        <translation>The last edition %1 no longer exists; showing the sample edition</translation>
    </message>
</context>
<context>
    <name>LateStory</name>
    <message>
        <source>选中的框已不在版面上。</source>
        <translation>The selected frame is no longer on a page.</translation>
    </message>
    <message>
        <source>“%1”不是文本框：稿件只能置入空文本框。</source>
        <translation>“%1” is not a text frame: a story can only go into an empty text frame.</translation>
    </message>
    <message>
        <source>文本框“%1”已有稿件“%2”：请选中空文本框。</source>
        <translation>Text frame “%1” already holds the story “%2”: select an empty text frame.</translation>
    </message>
    <message>
        <source>文本框“%1”已锁定。</source>
        <translation>Text frame “%1” is locked.</translation>
    </message>
    <message>
        <source>没有打开的版面。</source>
        <translation>No edition is open.</translation>
    </message>
    <message>
        <source>剪贴板中没有文字。</source>
        <translation>The clipboard holds no text.</translation>
    </message>
    <message>
        <source>文字中识别出 %1 篇稿件，晚到稿件一次导入一篇（用“导入版面”导入整版）。</source>
        <translation>The text holds %1 stories; a late story is imported one at a time (use Import Page for a whole page).</translation>
    </message>
    <message>
        <source>导入稿件“%1”</source>
        <translation>Import Story “%1”</translation>
    </message>
    <message>
        <source>置入稿件</source>
        <translation>Place Story</translation>
    </message>
</context>
<context>
    <name>PageImport</name>
    <message>
        <source>没有打开的版面。</source>
        <translation>No edition is open.</translation>
    </message>
    <message>
        <source>没有选择稿件文件。</source>
        <translation>No story file chosen.</translation>
    </message>
    <message>
        <source>找不到稿件文件 %1。</source>
        <translation>Cannot find the story file %1.</translation>
    </message>
    <message>
        <source>稿件没有排成版面。</source>
        <translation>The stories were not placed on a page.</translation>
    </message>
    <message>
        <source>导入的版面没有加入本期。</source>
        <translation>The imported page was not added to the edition.</translation>
    </message>
</context>
<context>
    <name>ParagraphTracking</name>
    <message>
        <source>没有选中稿件：挤字、扩字作用于稿件编辑中光标所在的段落。</source>
        <translation>No story selected: tighten and loosen act on the paragraph at the cursor in the story editor.</translation>
    </message>
    <message>
        <source>稿件“%1”没有第 %2 段。</source>
        <translation>Story “%1” has no paragraph %2.</translation>
    </message>
    <message>
        <source>字距已到限度（%1 至 %2，单位 1/100 字）。</source>
        <translation>Tracking is at its limit (%1 to %2, in 1/100 em).</translation>
    </message>
    <message>
        <source>取消挤扩</source>
        <translation>Clear Tracking</translation>
    </message>
    <message>
        <source>挤字</source>
        <translation>Tighten</translation>
    </message>
    <message>
        <source>扩字</source>
        <translation>Loosen</translation>
    </message>
    <message>
        <source>段落字距</source>
        <translation>Paragraph Tracking</translation>
    </message>
</context>
<context>
    <name>SignOff</name>
    <message>
        <source>未签</source>
        <translation>Not signed</translation>
    </message>
    <message>
        <source>签版中</source>
        <translation>Signing</translation>
    </message>
    <message>
        <source>已签</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>签后改动</source>
        <translation>Changed after sign-off</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>没有第 %1 页（本期共 %2 页）。</source>
        <translation>There is no page %1 (this edition has %2 pages).</translation>
    </message>
    <message>
        <source>没有签版级别“%1”（本期的级别：%2）。</source>
        <translation>There is no sign-off level “%1” (this edition’s levels: %2).</translation>
    </message>
    <message>
        <source>第 %1 页还没有“%2”的有效签字：按 %3 的顺序签版。</source>
        <translation>Page %1 has no valid “%2” signature yet: sign off in the order %3.</translation>
    </message>
    <message>
        <source>第 %1 页“%2”已签（%3，%4），版面此后未改动。</source>
        <translation>Page %1: “%2” signed (%3, %4); the page has not changed since.</translation>
    </message>
    <message>
        <source>第 %1 页还有 %2 条校对意见待处理：全部已改或不改后才能签版，或说明理由强行签版。</source>
        <translation>Page %1 still has %2 open proof notes: every note must be Done or Keep as is before sign-off, or give a reason to force the sign-off.</translation>
    </message>
    <message>
        <source>第 %1 页没有“%2”的签字。</source>
        <translation>Page %1 has no “%2” signature.</translation>
    </message>
    <message>
        <source>此版从未签过。</source>
        <translation>This page has never been signed off.</translation>
    </message>
    <message>
        <source>上次签版：%1 %2（%3）</source>
        <translation>Last sign-off: %1 %2 (%3)</translation>
    </message>
    <message>
        <source>签版后版面没有改动。</source>
        <translation>The page has not changed since sign-off.</translation>
    </message>
    <message>
        <source>%1, %2 mm</source>
        <translation>%1, %2 mm</translation>
    </message>
    <message>
        <source>框 %1</source>
        <translation>Frame %1</translation>
    </message>
    <message>
        <source>新框：%1（%2）</source>
        <translation>New frame: %1 (%2)</translation>
    </message>
    <message>
        <source>删去的框：%1</source>
        <translation>Deleted frame: %1</translation>
    </message>
    <message>
        <source>移动或改变大小：%1（%2 → %3，%4 × %5 mm）</source>
        <translation>Moved or resized: %1 (%2 → %3, %4 × %5 mm)</translation>
    </message>
    <message>
        <source>文字和框的位置未变，其他印出的内容（样式、颜色、图片、线条）有改动。</source>
        <translation>Text and frame positions are unchanged; other printed content (styles, colours, pictures, rules) has changed.</translation>
    </message>
</context>
<context>
    <name>StoryBlock</name>
    <message>
        <source>没有选中稿件块。</source>
        <translation>No story block selected.</translation>
    </message>
    <message>
        <source>稿件“%1”尚未置入版面。</source>
        <translation>Story “%1” is not placed on a page yet.</translation>
    </message>
    <message>
        <source>稿件块“%1”中的框“%2”已锁定。</source>
        <translation>Frame “%2” in the story block “%1” is locked.</translation>
    </message>
    <message>
        <source>没有版面。</source>
        <translation>There are no pages.</translation>
    </message>
    <message>
        <source>没有这一版。</source>
        <translation>There is no such page.</translation>
    </message>
    <message>
        <source>稿件块已在第 %1 版。</source>
        <translation>The story block is already on page %1.</translation>
    </message>
    <message>
        <source>稿件块移到第 %1 版</source>
        <translation>Move Story Block to Page %1</translation>
    </message>
    <message>
        <source>移动框</source>
        <translation>Move Frames</translation>
    </message>
    <message>
        <source>请选中两个不同的稿件块。</source>
        <translation>Select two different story blocks.</translation>
    </message>
    <message>
        <source>跨版的稿件块不能互换位置。</source>
        <translation>Story blocks that span pages cannot swap places.</translation>
    </message>
    <message>
        <source>两个稿件块共用框，不能互换位置。</source>
        <translation>The two story blocks share frames and cannot swap places.</translation>
    </message>
    <message>
        <source>互换稿件块</source>
        <translation>Swap Story Blocks</translation>
    </message>
</context>
<context>
    <name>StyleActions</name>
    <message>
        <source>样式不存在。</source>
        <translation>The style does not exist.</translation>
    </message>
    <message>
        <source>样式名称不能为空。</source>
        <translation>A style needs a name.</translation>
    </message>
    <message>
        <source>“%1”不能基于自己的下级样式。</source>
        <translation>“%1” cannot be based on a style derived from it.</translation>
    </message>
    <message>
        <source>修改样式“%1”</source>
        <translation>Change Style “%1”</translation>
    </message>
    <message>
        <source>段落样式</source>
        <translation>Paragraph style</translation>
    </message>
    <message>
        <source>新建段落样式</source>
        <translation>New Paragraph Style</translation>
    </message>
    <message>
        <source>字符样式</source>
        <translation>Character style</translation>
    </message>
    <message>
        <source>新建字符样式</source>
        <translation>New Character Style</translation>
    </message>
    <message>
        <source>稿件“%1”正在使用样式“%2”，无法删除。</source>
        <translation>The story “%1” uses the style “%2”, so it cannot be deleted.</translation>
    </message>
    <message>
        <source>删除样式“%1”</source>
        <translation>Delete Style “%1”</translation>
    </message>
</context>
<context>
    <name>folio</name>
    <message>
        <source>添加框</source>
        <translation>Add Frame</translation>
    </message>
    <message>
        <source>删除框</source>
        <translation>Delete Frame</translation>
    </message>
    <message>
        <source>添加版面</source>
        <translation>Add Page</translation>
    </message>
    <message>
        <source>删除版面</source>
        <translation>Remove Page</translation>
    </message>
    <message>
        <source>移动版面</source>
        <translation>Move Page</translation>
    </message>
    <message>
        <source>添加稿件</source>
        <translation>Add Story</translation>
    </message>
    <message>
        <source>删除稿件</source>
        <translation>Delete Story</translation>
    </message>
    <message>
        <source>添加校对意见</source>
        <translation>Add Proof Note</translation>
    </message>
    <message>
        <source>删除校对意见</source>
        <translation>Delete Proof Note</translation>
    </message>
    <message>
        <source>修改校对意见</source>
        <translation>Change Proof Note</translation>
    </message>
    <message>
        <source>签版（%1）</source>
        <translation>Sign Off (%1)</translation>
    </message>
    <message>
        <source>撤销签版（%1）</source>
        <translation>Revoke Sign-Off (%1)</translation>
    </message>
    <message>
        <source>修改签版级别</source>
        <translation>Change Sign-Off Levels</translation>
    </message>
    <message>
        <source>查找内容为空</source>
        <translation>The search text is empty</translation>
    </message>
    <message>
        <source>正则表达式有误（第 %1 个字符）：%2</source>
        <translation>Invalid regular expression (character %1): %2</translation>
    </message>
    <message>
        <source>替换“%1”</source>
        <translation>Replace “%1”</translation>
    </message>
</context>
<context>
    <name>folio::PageStatus</name>
    <message>
        <source>排版中</source>
        <translation>In layout</translation>
    </message>
    <message>
        <source>待校</source>
        <translation>To proof</translation>
    </message>
    <message>
        <source>已签</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>已发</source>
        <translation>Sent</translation>
    </message>
</context>
<context>
    <name>folio::WordList</name>
    <message>
        <source>内置词表</source>
        <translation>Built-in word list</translation>
    </message>
    <message>
        <source>用字检查词表 %1 不存在</source>
        <translation>Word check list %1 does not exist</translation>
    </message>
    <message>
        <source>用字检查词表 %1 不是文件</source>
        <translation>Word check list %1 is not a file</translation>
    </message>
    <message>
        <source>无法读取用字检查词表 %1：%2</source>
        <translation>Cannot read word check list %1: %2</translation>
    </message>
    <message>
        <source>用字检查词表 %1 不是 UTF-8 文本</source>
        <translation>Word check list %1 is not UTF-8 text</translation>
    </message>
    <message>
        <source>用字检查词表 %1 第 %2 行：“%3”两边都要有词（错词 -&gt; 正词）</source>
        <translation>Word check list %1 line %2: “%3” needs a word on both sides (wrong -&gt; right)</translation>
    </message>
    <message>
        <source>用字检查词表 %1 第 %2 行：词里不能有制表符</source>
        <translation>Word check list %1 line %2: words cannot contain tabs</translation>
    </message>
</context>
<context>
    <name>folio::app::CharacterStyleForm</name>
    <message>
        <source>颜色</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>（同段落）</source>
        <translation>(as paragraph)</translation>
    </message>
    <message>
        <source> 字</source>
        <translation> em</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>基于</source>
        <translation>Based on</translation>
    </message>
    <message>
        <source>字体</source>
        <translation>Typeface</translation>
    </message>
    <message>
        <source>字重</source>
        <translation>Style</translation>
    </message>
    <message>
        <source>字号</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>字距</source>
        <translation>Letter spacing</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>folio::app::ContextMenus</name>
    <message>
        <source>排列</source>
        <translation>Arrange</translation>
    </message>
    <message>
        <source>适合</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>图片适合框</source>
        <translation>Fit Picture to Frame</translation>
    </message>
    <message>
        <source>图片填满框</source>
        <translation>Fill Frame with Picture</translation>
    </message>
    <message>
        <source>图片原始大小</source>
        <translation>Picture at Original Size</translation>
    </message>
    <message>
        <source>属性…</source>
        <translation>Properties…</translation>
    </message>
    <message>
        <source>段落样式</source>
        <translation>Paragraph Style</translation>
    </message>
    <message>
        <source>字符样式</source>
        <translation>Character Style</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(None)</translation>
    </message>
    <message>
        <source>新建文字框…</source>
        <translation>New Text Frame…</translation>
    </message>
</context>
<context>
    <name>folio::app::EditionDocument</name>
    <message>
        <source>未命名版面</source>
        <translation>Untitled edition</translation>
    </message>
    <message>
        <source>自动保存失败：%1</source>
        <translation>Autosave failed: %1</translation>
    </message>
    <message>
        <source>无法打开 %1</source>
        <translation>Cannot open %1</translation>
    </message>
    <message>
        <source>已将文件从第 %1 版格式升级</source>
        <translation>Upgraded the file from format version %1</translation>
    </message>
    <message>
        <source>文件只读：修改请用“另存为”保存</source>
        <translation>The file is read-only: use Save As to keep changes</translation>
    </message>
    <message>
        <source>版面尚无文件名，请使用“另存为”。</source>
        <translation>The edition has no file name yet; use Save As.</translation>
    </message>
    <message>
        <source>无法保存 %1</source>
        <translation>Cannot save %1</translation>
    </message>
    <message>
        <source>已写入恢复副本 %1（文件未改动）</source>
        <translation>Recovery copy written %1 (the file is unchanged)</translation>
    </message>
    <message>
        <source>%1；已只读打开，修改请用“另存为”保存</source>
        <translation>%1; opened read-only: use Save As to keep changes</translation>
    </message>
    <message>
        <source>已只读打开：修改请用“另存为”保存</source>
        <translation>Opened read-only: use Save As to keep changes</translation>
    </message>
    <message>
        <source>%1；已只读打开</source>
        <translation>%1; opened read-only</translation>
    </message>
    <message>
        <source>无法恢复“%1”：%2</source>
        <translation>Cannot recover “%1”: %2</translation>
    </message>
    <message>
        <source>已恢复“%1”，尚未保存</source>
        <translation>Recovered “%1”, not saved yet</translation>
    </message>
    <message>
        <source>已恢复“%1”，尚未保存到 %2</source>
        <translation>Recovered “%1”, not yet saved to %2</translation>
    </message>
    <message>
        <source>无法保存：%1</source>
        <translation>Cannot save: %1</translation>
    </message>
</context>
<context>
    <name>folio::app::ExportDialog</name>
    <message>
        <source>导出 PDF/X</source>
        <translation>Export PDF/X</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>标准与输出条件</source>
        <translation>Standard and output condition</translation>
    </message>
    <message>
        <source>PDF/X-1a:2001（PDF 1.3，印厂通用）</source>
        <translation>PDF/X-1a:2001 (PDF 1.3, accepted by every printer)</translation>
    </message>
    <message>
        <source>PDF/X-4（PDF 1.6，需要 ICC 特性文件）</source>
        <translation>PDF/X-4 (PDF 1.6, needs an ICC profile)</translation>
    </message>
    <message>
        <source>注册的输出条件</source>
        <translation>Registered condition</translation>
    </message>
    <message>
        <source>ICC 特性文件</source>
        <translation>ICC profile</translation>
    </message>
    <message>
        <source>印厂提供的 CMYK 特性文件（.icc）</source>
        <translation>The printer’s CMYK profile (.icc)</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>标准：</source>
        <translation>Standard:</translation>
    </message>
    <message>
        <source>说明：</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>版面标记</source>
        <translation>Page marks</translation>
    </message>
    <message>
        <source> 毫米</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>裁切标记</source>
        <translation>Crop marks</translation>
    </message>
    <message>
        <source>版面信息行（报名、日期、版次、导出时间）</source>
        <translation>Slug line (paper, date, page, export time)</translation>
    </message>
    <message>
        <source>报纸印厂通常不要出血和裁切标记。</source>
        <translation>Newspaper printers usually want neither bleed nor crop marks.</translation>
    </message>
    <message>
        <source>出血：</source>
        <translation>Bleed:</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>可用：{paper} 报名，{yyyymmdd} 或 {yyyy-mm-dd} 日期，{section} 版名，{page} 或 {page:02} 版次，{version} 版本</source>
        <translation>Available: {paper} paper name, {yyyymmdd} or {yyyy-mm-dd} date, {section} section, {page} or {page:02} page number, {version} version</translation>
    </message>
    <message>
        <source>文件名：</source>
        <translation>File name:</translation>
    </message>
    <message>
        <source>版本：</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>示例：</source>
        <translation>Example:</translation>
    </message>
    <message>
        <source>导出到：</source>
        <translation>Export to:</translation>
    </message>
    <message>
        <source>版面</source>
        <translation>Pages</translation>
    </message>
    <message numerus="yes">
        <source>全部 %n 版</source>
        <translation>
            <numerusform>All %n page</numerusform>
            <numerusform>All %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>当前版</source>
        <translation>Current page</translation>
    </message>
    <message>
        <source>页码：</source>
        <translation>Pages:</translation>
    </message>
    <message>
        <source>如 1,3-5（按顺序数）</source>
        <translation>e.g. 1,3-5 (counted in order)</translation>
    </message>
    <message>
        <source>PDF/X-4 必须嵌入输出特性文件：请选择印厂的 CMYK ICC 文件（如 ISOnewspaper26v4）。</source>
        <translation>PDF/X-4 must embed an output profile: choose the printer’s CMYK ICC file (e.g. ISOnewspaper26v4).</translation>
    </message>
    <message>
        <source>PDF/X-4 保留透明，嵌入所选特性文件。</source>
        <translation>PDF/X-4 keeps transparency and embeds the chosen profile.</translation>
    </message>
    <message>
        <source>PDF/X-1a 只用 CMYK 和专色、没有透明；注册名称 IFRA26 即可，不必嵌入特性文件。</source>
        <translation>PDF/X-1a uses only CMYK and spot colours, no transparency; the registered name IFRA26 is enough, no profile needs embedding.</translation>
    </message>
    <message>
        <source>选择输出特性文件</source>
        <translation>Choose Output Profile</translation>
    </message>
    <message>
        <source>ICC 特性文件 (*.icc *.icm);;所有文件 (*)</source>
        <translation>ICC profiles (*.icc *.icm);;All files (*)</translation>
    </message>
    <message>
        <source>导出到文件夹</source>
        <translation>Export to Folder</translation>
    </message>
    <message>
        <source>导出设置</source>
        <translation>Export settings</translation>
    </message>
    <message>
        <source>覆盖文件</source>
        <translation>Overwrite Files</translation>
    </message>
    <message numerus="yes">
        <source>导出文件夹里已有 %n 个同名文件（如 %1），覆盖吗？</source>
        <translation>
            <numerusform>The export folder already has %n file with the same name (%1). Overwrite it?</numerusform>
            <numerusform>The export folder already has %n files with the same names (e.g. %1). Overwrite them?</numerusform>
        </translation>
    </message>
    <message>
        <source>印前检查有错误</source>
        <translation>Preflight Found Errors</translation>
    </message>
    <message numerus="yes">
        <source>印前检查发现 %n 个错误，印出来会有问题。仍然导出吗？</source>
        <translation>
            <numerusform>Preflight found %n error that will show in print. Export anyway?</numerusform>
            <numerusform>Preflight found %n errors that will show in print. Export anyway?</numerusform>
        </translation>
    </message>
    <message>
        <source>仍然导出</source>
        <translation>Export Anyway</translation>
    </message>
    <message>
        <source>不导出</source>
        <translation>Do Not Export</translation>
    </message>
    <message>
        <source>没有选择要导出的版面。</source>
        <translation>No pages chosen for export.</translation>
    </message>
    <message>
        <source>没有导出：保留了已有的文件。</source>
        <translation>Not exported: the existing files were kept.</translation>
    </message>
    <message numerus="yes">
        <source>印前检查发现 %n 个错误，没有导出。请在“印前检查”面板里查看并改正。</source>
        <translation>
            <numerusform>Preflight found %n error; nothing was exported. See the Preflight panel and correct it.</numerusform>
            <numerusform>Preflight found %n errors; nothing was exported. See the Preflight panel and correct them.</numerusform>
        </translation>
    </message>
    <message>
        <source>正在导出 PDF/X…</source>
        <translation>Exporting PDF/X…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>正在导出 %1（%2/%3）…</source>
        <translation>Exporting %1 (%2/%3)…</translation>
    </message>
    <message numerus="yes">
        <source>已导出 %n 个文件到 %1。</source>
        <translation>
            <numerusform>Exported %n file to %1.</numerusform>
            <numerusform>Exported %n files to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>（印前检查有 %n 个错误，按确认仍然导出。）</source>
        <translation>
            <numerusform> (Preflight found %n error; exported as confirmed.)</numerusform>
            <numerusform> (Preflight found %n errors; exported as confirmed.)</numerusform>
        </translation>
    </message>
    <message>
        <source>版面不能发厂</source>
        <translation>Cannot Send to the Plant</translation>
    </message>
    <message>
        <source>%1

签版后再导出；或写明理由强行导出（理由、导出人和时间记入这期）：</source>
        <translation>%1

Sign off the pages, then export; or give a reason to force the export (the reason, who exported and when are recorded in this edition):</translation>
    </message>
    <message>
        <source>没有导出：有版面未签版或签版后有改动。</source>
        <translation>Not exported: some pages are not signed off or were changed after sign-off.</translation>
    </message>
</context>
<context>
    <name>folio::app::FindReplacePanel</name>
    <message>
        <source>区分大小写</source>
        <translation>Match case</translation>
    </message>
    <message>
        <source>全字匹配</source>
        <translation>Whole words</translation>
    </message>
    <message>
        <source>正则表达式</source>
        <translation>Regular expression</translation>
    </message>
    <message>
        <source>不分全角半角</source>
        <translation>Ignore full-width/half-width</translation>
    </message>
    <message>
        <source>查找下一个</source>
        <translation>Find Next</translation>
    </message>
    <message>
        <source>替换</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>全部替换</source>
        <translation>Replace All</translation>
    </message>
    <message>
        <source>查找内容</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>替换为</source>
        <translation>Replace with</translation>
    </message>
    <message>
        <source>当前稿件</source>
        <translation>Current story</translation>
    </message>
    <message>
        <source>整个版面文件</source>
        <translation>Whole edition file</translation>
    </message>
    <message>
        <source>Ａ与A、０与0、，与, 等全角和半角字符视为相同</source>
        <translation>Treat full-width and half-width characters as the same, such as Ａ and A, ０ and 0, ， and ,</translation>
    </message>
    <message>
        <source>稿件</source>
        <translation>Story</translation>
    </message>
    <message>
        <source>版</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>上下文</source>
        <translation>Context</translation>
    </message>
    <message>
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>没有选中稿件：先选一个文字框，或改查整个版面文件</source>
        <translation>No story selected: select a text frame first, or search the whole edition file</translation>
    </message>
    <message>
        <source>没有找到“%1”</source>
        <translation>“%1” not found</translation>
    </message>
    <message>
        <source>找到 %1 处</source>
        <translation>Found %1 matches</translation>
    </message>
    <message>
        <source>第 %1 处，共 %2 处</source>
        <translation>Match %1 of %2</translation>
    </message>
    <message>
        <source>文字已改动，请重新查找</source>
        <translation>The text has changed; search again</translation>
    </message>
    <message>
        <source>已替换 1 处（可撤销）</source>
        <translation>Replaced 1 match (you can undo this)</translation>
    </message>
    <message>
        <source>全部替换“%1”为“%2”</source>
        <translation>Replace All “%1” with “%2”</translation>
    </message>
    <message>
        <source>已替换 %1 处（一步撤销）</source>
        <translation>Replaced %1 matches (one undo step)</translation>
    </message>
</context>
<context>
    <name>folio::app::FrameStyleBox</name>
    <message>
        <source> 磅</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>描边</source>
        <translation>Stroke</translation>
    </message>
    <message>
        <source>填充</source>
        <translation>Fill</translation>
    </message>
    <message>
        <source>文字绕排</source>
        <translation>Text wrap</translation>
    </message>
    <message>
        <source>线宽</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>绕排距离</source>
        <translation>Wrap offset</translation>
    </message>
    <message>
        <source>修改颜色与绕排</source>
        <translation>Change Colours and Wrap</translation>
    </message>
</context>
<context>
    <name>folio::app::GuideEditor</name>
    <message>
        <source>添加参考线</source>
        <translation>Add Guide</translation>
    </message>
    <message>
        <source>移动参考线</source>
        <translation>Move Guide</translation>
    </message>
    <message>
        <source>删除参考线</source>
        <translation>Delete Guide</translation>
    </message>
</context>
<context>
    <name>folio::app::HelpMenu</name>
    <message>
        <source>用户指南(&amp;G)</source>
        <translation>User &amp;Guide</translation>
    </message>
    <message>
        <source>快捷键(&amp;K)</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>示例版面(&amp;S)</source>
        <translation>&amp;Sample Edition</translation>
    </message>
    <message>
        <source>关于 Folio(&amp;A)</source>
        <translation>&amp;About Folio</translation>
    </message>
    <message>
        <source>Folio 用户指南</source>
        <translation>Folio User Guide</translation>
    </message>
    <message>
        <source>用户指南没有编进程序（%1）。</source>
        <translation>The user guide was not built into the program (%1).</translation>
    </message>
    <message>
        <source>关于 Folio</source>
        <translation>About Folio</translation>
    </message>
    <message>
        <source>&lt;b&gt;Folio %1&lt;/b&gt;&lt;p&gt;中文报纸版面编辑：导入稿件、在栏格上排版、印前检查、导出 PDF/X。&lt;/p&gt;</source>
        <translation>&lt;b&gt;Folio %1&lt;/b&gt;&lt;p&gt;Chinese newspaper page layout: import stories, lay them out on the column grid, preflight, export PDF/X.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>folio::app::HitLocator</name>
    <message>
        <source>未排出</source>
        <translation>Overset</translation>
    </message>
    <message>
        <source>第%1版</source>
        <translation>Page %1</translation>
    </message>
</context>
<context>
    <name>folio::app::ImageFrameBox</name>
    <message>
        <source>添加图片说明</source>
        <translation>Add Caption</translation>
    </message>
    <message>
        <source>填满</source>
        <translation>Fill</translation>
    </message>
    <message>
        <source>适合</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>原始大小</source>
        <translation>Original size</translation>
    </message>
    <message>
        <source>手动</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>图片</source>
        <translation>Picture</translation>
    </message>
    <message>
        <source>适合方式</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>缩放</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>有效分辨率</source>
        <translation>Effective resolution</translation>
    </message>
    <message>
        <source>%1，%2 × %3 像素</source>
        <translation>%1, %2 × %3 pixels</translation>
    </message>
    <message>
        <source>%1 ppi（低于 %2，印刷会模糊）</source>
        <translation>%1 ppi (under %2: it will print soft)</translation>
    </message>
    <message>
        <source>%1 ppi</source>
        <translation>%1 ppi</translation>
    </message>
    <message>
        <source>未置入图片</source>
        <translation>No picture placed</translation>
    </message>
</context>
<context>
    <name>folio::app::ImportPageDialog</name>
    <message>
        <source>导入版面</source>
        <translation>Import Page</translation>
    </message>
    <message>
        <source>一版稿件的纯文本文件（.txt）</source>
        <translation>A plain text file with a page of stories (.txt)</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>如：要闻</source>
        <translation>e.g. News</translation>
    </message>
    <message>
        <source>稿件文件：</source>
        <translation>Story file:</translation>
    </message>
    <message>
        <source>版式：</source>
        <translation>Page format:</translation>
    </message>
    <message>
        <source>版名：</source>
        <translation>Section:</translation>
    </message>
    <message>
        <source>版次：</source>
        <translation>Page number:</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>选择稿件文件</source>
        <translation>Choose Story File</translation>
    </message>
    <message>
        <source>稿件文本 (*.txt *.md);;所有文件 (*)</source>
        <translation>Story text (*.txt *.md);;All files (*)</translation>
    </message>
</context>
<context>
    <name>folio::app::ImportReportDialog</name>
    <message>
        <source>导入报告</source>
        <translation>Import Report</translation>
    </message>
    <message numerus="yes">
        <source>%1：%n 篇稿件</source>
        <translation>
            <numerusform>%1: %n story</numerusform>
            <numerusform>%1: %n stories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>，%n 篇超出版面，请删改或调整框。</source>
        <translation>
            <numerusform>, %n overset: cut it or adjust its frames.</numerusform>
            <numerusform>, %n overset: cut them or adjust their frames.</numerusform>
        </translation>
    </message>
    <message>
        <source>，全部排入。</source>
        <translation>, all placed.</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>栏目</source>
        <translation>Banner</translation>
    </message>
    <message>
        <source>主题</source>
        <translation>Headline</translation>
    </message>
    <message>
        <source>栏数</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>字数</source>
        <translation>Characters</translation>
    </message>
    <message>
        <source>适配</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>未排入</source>
        <translation>Not placed</translation>
    </message>
    <message>
        <source>详细报告：</source>
        <translation>Full report:</translation>
    </message>
</context>
<context>
    <name>folio::app::LayoutCache</name>
    <message>
        <source>正好排满</source>
        <translation>Exact fit</translation>
    </message>
</context>
<context>
    <name>folio::app::MainWindow</name>
    <message>
        <source>X %1 毫米  Y %2 毫米</source>
        <translation>X %1 mm  Y %2 mm</translation>
    </message>
    <message>
        <source>新建(&amp;N)…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>打开(&amp;O)…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>另存为(&amp;A)…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>删除框</source>
        <translation>Delete Frame</translation>
    </message>
    <message>
        <source>链接框</source>
        <translation>Link Frames</translation>
    </message>
    <message>
        <source>断开链接</source>
        <translation>Unlink Frame</translation>
    </message>
    <message>
        <source>置入所选稿件</source>
        <translation>Place Selected Story</translation>
    </message>
    <message>
        <source>放大</source>
        <translation>Zoom In</translation>
    </message>
    <message>
        <source>缩小</source>
        <translation>Zoom Out</translation>
    </message>
    <message>
        <source>适合页面</source>
        <translation>Fit Page</translation>
    </message>
    <message>
        <source>适合宽度</source>
        <translation>Fit Width</translation>
    </message>
    <message>
        <source>实际大小</source>
        <translation>Actual Size</translation>
    </message>
    <message>
        <source>显示字格</source>
        <translation>Character Grid</translation>
    </message>
    <message>
        <source>显示参考线</source>
        <translation>Guides</translation>
    </message>
    <message>
        <source>选择工具</source>
        <translation>Select Tool</translation>
    </message>
    <message>
        <source>文本框工具</source>
        <translation>Text Frame Tool</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>最近文件</source>
        <translation>Recent Files</translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>版面(&amp;P)</source>
        <translation>&amp;Page</translation>
    </message>
    <message>
        <source>工具(&amp;T)</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>工具栏</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>版面</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>稿件</source>
        <translation>Stories</translation>
    </message>
    <message>
        <source>属性</source>
        <translation>Properties</translation>
    </message>
    <message>
        <source>稿件编辑</source>
        <translation>Story Editor</translation>
    </message>
    <message>
        <source>第 %1 版 %2 · %3 · 共 %4 版</source>
        <translation>Page %1 %2 · %3 · %4 pages</translation>
    </message>
    <message>
        <source>没有版面</source>
        <translation>No pages</translation>
    </message>
    <message>
        <source>%1：%2 × %3 毫米</source>
        <translation>%1: %2 × %3 mm</translation>
    </message>
    <message>
        <source>已选 %1 个框</source>
        <translation>%1 frames selected</translation>
    </message>
    <message>
        <source>无法打开</source>
        <translation>Cannot Open</translation>
    </message>
    <message>
        <source>已打开 %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <source>无法保存</source>
        <translation>Cannot Save</translation>
    </message>
    <message>
        <source>已保存 %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>新建版面</source>
        <translation>New Edition</translation>
    </message>
    <message>
        <source>版式</source>
        <translation>Page format</translation>
    </message>
    <message>
        <source>打开版面</source>
        <translation>Open Edition</translation>
    </message>
    <message>
        <source>Folio 版面 (*.folio);;所有文件 (*)</source>
        <translation>Folio editions (*.folio);;All files (*)</translation>
    </message>
    <message>
        <source>另存为</source>
        <translation>Save As</translation>
    </message>
    <message>
        <source>Folio 版面 (*.folio)</source>
        <translation>Folio editions (*.folio)</translation>
    </message>
    <message>
        <source>保存修改</source>
        <translation>Save Changes</translation>
    </message>
    <message>
        <source>“%1”已修改，是否保存？</source>
        <translation>“%1” has changed. Save it?</translation>
    </message>
    <message>
        <source>打印(&amp;P)…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source> · 稿件“%1”%2</source>
        <translation> · story “%1” %2</translation>
    </message>
    <message>
        <source>无法打印</source>
        <translation>Cannot Print</translation>
    </message>
    <message>
        <source>已打印 %1 版</source>
        <translation>Printed %1 page(s)</translation>
    </message>
    <message>
        <source>打印预览(&amp;V)…</source>
        <translation>Print Pre&amp;view…</translation>
    </message>
    <message>
        <source>导入版面(&amp;I)…</source>
        <translation>&amp;Import Page…</translation>
    </message>
    <message>
        <source>导出 PDF/X(&amp;E)…</source>
        <translation>&amp;Export PDF/X…</translation>
    </message>
    <message>
        <source>首选项(&amp;R)…</source>
        <translation>P&amp;references…</translation>
    </message>
    <message>
        <source>对象(&amp;O)</source>
        <translation>&amp;Object</translation>
    </message>
    <message>
        <source>样式</source>
        <translation>Styles</translation>
    </message>
    <message>
        <source>印前检查</source>
        <translation>Preflight</translation>
    </message>
    <message>
        <source>打印预览</source>
        <translation>Print Preview</translation>
    </message>
    <message>
        <source>无法导入版面</source>
        <translation>Cannot Import Page</translation>
    </message>
    <message>
        <source>第 %1 版</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>第 %1 版 %2</source>
        <translation>Page %1 %2</translation>
    </message>
    <message>
        <source>已导入%1（可撤销）</source>
        <translation>Imported %1 (you can undo this)</translation>
    </message>
    <message>
        <source>显示基线网格</source>
        <translation>Show Baseline Grid</translation>
    </message>
    <message>
        <source>显示串接</source>
        <translation>Show Text Threads</translation>
    </message>
    <message>
        <source>版面正在编辑</source>
        <translation>Edition In Use</translation>
    </message>
    <message>
        <source>%1，只读打开？</source>
        <translation>%1. Open it read-only?</translation>
    </message>
    <message>
        <source>只读打开</source>
        <translation>Open Read-Only</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>恢复版面</source>
        <translation>Recover Editions</translation>
    </message>
    <message>
        <source>无法恢复</source>
        <translation>Cannot Recover</translation>
    </message>
    <message>
        <source>文字(&amp;X)</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <source>稿件块(&amp;K)</source>
        <translation>Story Bloc&amp;k</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>folio::app::NightDeskActions</name>
    <message>
        <source>挤字</source>
        <translation>Tighten</translation>
    </message>
    <message>
        <source>光标所在段落（或选中的段落）字距减 1/100 字</source>
        <translation>Tracking of the paragraph at the cursor (or the selected paragraphs) minus 1/100 em</translation>
    </message>
    <message>
        <source>扩字</source>
        <translation>Loosen</translation>
    </message>
    <message>
        <source>光标所在段落（或选中的段落）字距加 1/100 字</source>
        <translation>Tracking of the paragraph at the cursor (or the selected paragraphs) plus 1/100 em</translation>
    </message>
    <message>
        <source>取消挤扩</source>
        <translation>Clear Tracking</translation>
    </message>
    <message>
        <source>按内容调整框高</source>
        <translation>Fit Frame to Text</translation>
    </message>
    <message>
        <source>宽度跨栏(&amp;N)…</source>
        <translation>Spa&amp;n Columns…</translation>
    </message>
    <message>
        <source>选择稿件块</source>
        <translation>Select Story Block</translation>
    </message>
    <message>
        <source>移到第 N 版…</source>
        <translation>Move to Page N…</translation>
    </message>
    <message>
        <source>两个稿件块互换位置</source>
        <translation>Swap Two Story Blocks</translation>
    </message>
    <message>
        <source>导入稿件(&amp;S)…</source>
        <translation>Import &amp;Story…</translation>
    </message>
    <message>
        <source>粘贴稿件</source>
        <translation>Paste Story</translation>
    </message>
    <message>
        <source>段落字距 %1/100 字</source>
        <translation>Paragraph tracking %1/100 em</translation>
    </message>
    <message>
        <source>这篇稿件尚未置入版面，没有稿件块。</source>
        <translation>This story is not placed on a page, so it has no story block.</translation>
    </message>
    <message>
        <source>请选中一个稿件块（Ctrl+单击其中任一个框）。</source>
        <translation>Select a story block (Ctrl+click any of its frames).</translation>
    </message>
    <message>
        <source>请选中两个稿件块（Ctrl+单击一个，再 Shift+单击另一个）。</source>
        <translation>Select two story blocks (Ctrl+click one, then Shift+click the other).</translation>
    </message>
    <message>
        <source>已导入稿件</source>
        <translation>Story imported</translation>
    </message>
    <message>
        <source>宽度跨栏</source>
        <translation>Span Columns</translation>
    </message>
    <message>
        <source>跨几栏：</source>
        <translation>Columns to span:</translation>
    </message>
    <message>
        <source>第 %1 版 %2</source>
        <translation>Page %1 %2</translation>
    </message>
    <message>
        <source>稿件块移到</source>
        <translation>Move Story Block To</translation>
    </message>
    <message>
        <source>版面：</source>
        <translation>Page:</translation>
    </message>
    <message>
        <source>导入稿件</source>
        <translation>Import Story</translation>
    </message>
    <message>
        <source>稿件文字 (*.txt *.md);;所有文件 (*)</source>
        <translation>Story text (*.txt *.md);;All files (*)</translation>
    </message>
</context>
<context>
    <name>folio::app::NoteDialog</name>
    <message>
        <source>添加校对意见</source>
        <translation>Add Proof Note</translation>
    </message>
    <message>
        <source>（插入点）</source>
        <translation>(insertion point)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>标记的文字</source>
        <translation>Marked text</translation>
    </message>
    <message>
        <source>意见</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>改为/增加</source>
        <translation>Change to/insert</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Comment</translation>
    </message>
</context>
<context>
    <name>folio::app::NotesPanel</name>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 “%2”</translation>
    </message>
    <message>
        <source> → “%1”</source>
        <translation> → “%1”</translation>
    </message>
    <message>
        <source>  %1</source>
        <translation>  %1</translation>
    </message>
    <message>
        <source>  答复：%1</source>
        <translation>  Reply: %1</translation>
    </message>
    <message>
        <source>采纳</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>不改…</source>
        <translation>Keep as is…</translation>
    </message>
    <message>
        <source>重新打开</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>校对意见</source>
        <translation>Proof Notes</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>作者</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>核红</source>
        <translation>Correction check</translation>
    </message>
    <message>
        <source>不改</source>
        <translation>Keep as is</translation>
    </message>
    <message>
        <source>答复校对（为什么不改）</source>
        <translation>Reply to the proofreader (why keep as is)</translation>
    </message>
    <message>
        <source>%1（第%2校）</source>
        <translation>%1 (Proof %2)</translation>
    </message>
    <message>
        <source>《%1》</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>  〔标记的文字已改为“%1”〕</source>
        <translation>  [Marked text is now “%1”]</translation>
    </message>
    <message>
        <source>  〔原文已找不到〕</source>
        <translation>  [Original text not found]</translation>
    </message>
    <message>
        <source>已采纳（可撤销）</source>
        <translation>Accepted (you can undo this)</translation>
    </message>
</context>
<context>
    <name>folio::app::ObjectActions</name>
    <message>
        <source>图片框工具</source>
        <translation>Picture Frame Tool</translation>
    </message>
    <message>
        <source>线工具</source>
        <translation>Rule Tool</translation>
    </message>
    <message>
        <source>方框工具</source>
        <translation>Box Tool</translation>
    </message>
    <message>
        <source>内容工具（裁切图片）</source>
        <translation>Content Tool (crop pictures)</translation>
    </message>
    <message>
        <source>置入图片(&amp;I)…</source>
        <translation>Place P&amp;icture…</translation>
    </message>
    <message>
        <source>添加图片说明</source>
        <translation>Add Caption</translation>
    </message>
    <message>
        <source>左对齐</source>
        <translation>Align Left</translation>
    </message>
    <message>
        <source>水平居中</source>
        <translation>Align Centres Horizontally</translation>
    </message>
    <message>
        <source>右对齐</source>
        <translation>Align Right</translation>
    </message>
    <message>
        <source>顶对齐</source>
        <translation>Align Top</translation>
    </message>
    <message>
        <source>垂直居中</source>
        <translation>Align Centres Vertically</translation>
    </message>
    <message>
        <source>底对齐</source>
        <translation>Align Bottom</translation>
    </message>
    <message>
        <source>水平分布</source>
        <translation>Distribute Horizontally</translation>
    </message>
    <message>
        <source>垂直分布</source>
        <translation>Distribute Vertically</translation>
    </message>
    <message>
        <source>移到最前</source>
        <translation>Bring to Front</translation>
    </message>
    <message>
        <source>移到最后</source>
        <translation>Send to Back</translation>
    </message>
    <message>
        <source>锁定位置</source>
        <translation>Lock Position</translation>
    </message>
    <message>
        <source>解除锁定</source>
        <translation>Unlock Position</translation>
    </message>
    <message>
        <source>编组</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>取消编组</source>
        <translation>Ungroup</translation>
    </message>
    <message>
        <source>复制框</source>
        <translation>Copy Frames</translation>
    </message>
    <message>
        <source>剪切框</source>
        <translation>Cut Frames</translation>
    </message>
    <message>
        <source>粘贴框</source>
        <translation>Paste Frames</translation>
    </message>
    <message>
        <source>对齐</source>
        <translation>Align</translation>
    </message>
    <message>
        <source>排列</source>
        <translation>Arrange</translation>
    </message>
    <message>
        <source>置入图片</source>
        <translation>Place Picture</translation>
    </message>
    <message>
        <source>图片 (*.jpg *.jpeg *.png)</source>
        <translation>Pictures (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>无法置入图片</source>
        <translation>Cannot Place Picture</translation>
    </message>
    <message>
        <source>没有打开的版面。</source>
        <translation>No edition is open.</translation>
    </message>
    <message>
        <source>已复制 %1 个框</source>
        <translation>Copied %1 frame(s)</translation>
    </message>
</context>
<context>
    <name>folio::app::PageActions</name>
    <message>
        <source>添加版面</source>
        <translation>Add Page</translation>
    </message>
    <message>
        <source>删除版面</source>
        <translation>Remove Page</translation>
    </message>
    <message>
        <source>上移版面</source>
        <translation>Move Page Up</translation>
    </message>
    <message>
        <source>下移版面</source>
        <translation>Move Page Down</translation>
    </message>
    <message>
        <source>版式模板(&amp;T)…</source>
        <translation>Page &amp;Templates…</translation>
    </message>
    <message>
        <source>版面状态</source>
        <translation>Page Status</translation>
    </message>
    <message>
        <source>第 %1 版上有 %2 个框，确定删除？（可撤销）</source>
        <translation>Page %1 has %2 frames. Remove it? (You can undo this.)</translation>
    </message>
</context>
<context>
    <name>folio::app::PageListPanel</name>
    <message>
        <source>第 %1 版 %2
%3</source>
        <translation>Page %1 %2
%3</translation>
    </message>
</context>
<context>
    <name>folio::app::PagePrinter</name>
    <message>
        <source>没有要打印的版面。</source>
        <translation>There is no page to print.</translation>
    </message>
    <message>
        <source>无法开始打印。</source>
        <translation>Printing could not start.</translation>
    </message>
    <message>
        <source>打印机拒绝了新的一页。</source>
        <translation>The printer refused a new page.</translation>
    </message>
</context>
<context>
    <name>folio::app::PageTextEditor</name>
    <message>
        <source>输入文字</source>
        <translation>Typing</translation>
    </message>
    <message>
        <source>剪切</source>
        <translation>Cut</translation>
    </message>
    <message>
        <source>粘贴</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>段落样式</source>
        <translation>Paragraph Style</translation>
    </message>
    <message>
        <source>字符样式</source>
        <translation>Character Style</translation>
    </message>
</context>
<context>
    <name>folio::app::PageView</name>
    <message>
        <source>调整框大小</source>
        <translation>Resize Frame</translation>
    </message>
    <message>
        <source>移动框</source>
        <translation>Move Frame</translation>
    </message>
    <message>
        <source>微移框</source>
        <translation>Nudge Frame</translation>
    </message>
    <message>
        <source>删除框</source>
        <translation>Delete Frame</translation>
    </message>
</context>
<context>
    <name>folio::app::ParagraphStyleForm</name>
    <message>
        <source>正文</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>引题</source>
        <translation>Kicker</translation>
    </message>
    <message>
        <source>主题</source>
        <translation>Headline</translation>
    </message>
    <message>
        <source>副题</source>
        <translation>Subhead</translation>
    </message>
    <message>
        <source>署名</source>
        <translation>Byline</translation>
    </message>
    <message>
        <source>图片说明</source>
        <translation>Caption</translation>
    </message>
    <message>
        <source>摄影</source>
        <translation>Credit</translation>
    </message>
    <message>
        <source>栏目</source>
        <translation>Banner</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>磅</source>
        <translation>pt</translation>
    </message>
    <message>
        <source>倍</source>
        <translation>×</translation>
    </message>
    <message>
        <source> 字</source>
        <translation> em</translation>
    </message>
    <message>
        <source> 磅</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>两端对齐</source>
        <translation>Justify</translation>
    </message>
    <message>
        <source>左对齐</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>居中</source>
        <translation>Centre</translation>
    </message>
    <message>
        <source>右对齐</source>
        <translation>Right</translation>
    </message>
    <message>
        <source>撑满</source>
        <translation>Distribute</translation>
    </message>
    <message>
        <source>不用禁则</source>
        <translation>No kinsoku</translation>
    </message>
    <message>
        <source>基本禁则</source>
        <translation>Basic kinsoku</translation>
    </message>
    <message>
        <source>严格禁则</source>
        <translation>Strict kinsoku</translation>
    </message>
    <message>
        <source>全角</source>
        <translation>Full width</translation>
    </message>
    <message>
        <source>开明</source>
        <translation>Kaiming</translation>
    </message>
    <message>
        <source>半角</source>
        <translation>Half width</translation>
    </message>
    <message>
        <source>需要时挤压</source>
        <translation>Trim when needed</translation>
    </message>
    <message>
        <source>总是挤压</source>
        <translation>Always trim</translation>
    </message>
    <message>
        <source>行首标点挤压</source>
        <translation>Trim punctuation at line starts</translation>
    </message>
    <message>
        <source>不加</source>
        <translation>None</translation>
    </message>
    <message>
        <source>标点悬挂</source>
        <translation>Hanging punctuation</translation>
    </message>
    <message>
        <source>避免孤字</source>
        <translation>Avoid a lone character</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>基于</source>
        <translation>Based on</translation>
    </message>
    <message>
        <source>用途</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>字体</source>
        <translation>Typeface</translation>
    </message>
    <message>
        <source>字重</source>
        <translation>Style</translation>
    </message>
    <message>
        <source>字号</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>行距</source>
        <translation>Leading</translation>
    </message>
    <message>
        <source>首行缩进</source>
        <translation>First-line indent</translation>
    </message>
    <message>
        <source>段前</source>
        <translation>Space before</translation>
    </message>
    <message>
        <source>段后</source>
        <translation>Space after</translation>
    </message>
    <message>
        <source>对齐</source>
        <translation>Alignment</translation>
    </message>
    <message>
        <source>字距</source>
        <translation>Letter spacing</translation>
    </message>
    <message>
        <source>禁则</source>
        <translation>Kinsoku</translation>
    </message>
    <message>
        <source>标点</source>
        <translation>Punctuation</translation>
    </message>
    <message>
        <source>行尾标点</source>
        <translation>Line-end punctuation</translation>
    </message>
    <message>
        <source>中西文间距</source>
        <translation>Han–Latin spacing</translation>
    </message>
    <message>
        <source>颜色</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source> 倍</source>
        <translation> ×</translation>
    </message>
</context>
<context>
    <name>folio::app::PreflightPanel</name>
    <message>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>警告</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>版</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>框</source>
        <translation>Frame</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>没有发现问题，可以导出。</source>
        <translation>No problems found: ready to export.</translation>
    </message>
    <message numerus="yes">
        <source>%n 个错误</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>，%n 个警告</source>
        <translation>
            <numerusform>, %n warning</numerusform>
            <numerusform>, %n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>：导出前请改正错误。</source>
        <translation>: correct the errors before exporting.</translation>
    </message>
    <message>
        <source>。</source>
        <translation>.</translation>
    </message>
</context>
<context>
    <name>folio::app::ProofActions</name>
    <message>
        <source>校对意见</source>
        <translation>Proof Notes</translation>
    </message>
    <message>
        <source>出校样(&amp;P)</source>
        <translation>Make &amp;Proof</translation>
    </message>
    <message>
        <source>全部版面出校样</source>
        <translation>Proof All Pages</translation>
    </message>
    <message>
        <source>校对视图(&amp;V)</source>
        <translation>Proof &amp;View</translation>
    </message>
    <message>
        <source>添加校对意见(&amp;N)…</source>
        <translation>Add Proof &amp;Note…</translation>
    </message>
    <message>
        <source>另存校样 PDF…</source>
        <translation>Save Proof PDF As…</translation>
    </message>
    <message>
        <source>打印大样（1:1 拼贴）…</source>
        <translation>Print Full-Size Proof (1:1 Tiled)…</translation>
    </message>
    <message>
        <source>打印大样（缩至 A3）…</source>
        <translation>Print Full-Size Proof (Scaled to A3)…</translation>
    </message>
    <message>
        <source>校对(&amp;R)</source>
        <translation>P&amp;roof</translation>
    </message>
    <message>
        <source>未署名</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source>已出第%1校</source>
        <translation>Made Proof %1</translation>
    </message>
    <message>
        <source>已出 %1 版校样</source>
        <translation>Made proofs of %1 pages</translation>
    </message>
    <message>
        <source>没有选中稿件的文字。</source>
        <translation>No story text selected.</translation>
    </message>
    <message>
        <source>这篇稿件不在任何版面上。</source>
        <translation>This story is not on any page.</translation>
    </message>
    <message>
        <source>已添加校对意见（可撤销）</source>
        <translation>Proof note added (you can undo this)</translation>
    </message>
    <message>
        <source>先在校样上拖选要标注的文字。</source>
        <translation>First drag across the text to mark on the proof.</translation>
    </message>
    <message>
        <source>这段文字出校样后已改为“%1”，请在新校样上标注。</source>
        <translation>This text has changed to “%1” since the proof was made; mark it on a new proof.</translation>
    </message>
    <message>
        <source>这段文字出校样后已删去。</source>
        <translation>This text has been deleted since the proof was made.</translation>
    </message>
    <message>
        <source>先在稿件编辑里选中要标注的文字。</source>
        <translation>First select the text to mark in the story editor.</translation>
    </message>
    <message>
        <source>这一版还没有出过校样。</source>
        <translation>No proof has been made of this page yet.</translation>
    </message>
    <message>
        <source>已打印第%1校大样</source>
        <translation>Printed the full-size proof of Proof %1</translation>
    </message>
    <message>
        <source>另存校样 PDF</source>
        <translation>Save Proof PDF</translation>
    </message>
    <message>
        <source>第%1校.pdf</source>
        <translation>Proof %1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>写入 %1 失败：%2</source>
        <translation>Writing %1 failed: %2</translation>
    </message>
    <message>
        <source>已写出 %1</source>
        <translation>Wrote %1</translation>
    </message>
</context>
<context>
    <name>folio::app::ProofPrinter</name>
    <message>
        <source>第%1校</source>
        <translation>Proof %1</translation>
    </message>
    <message>
        <source>%1 第%2校 大样</source>
        <translation>%1 Proof %2 Full-size proof</translation>
    </message>
    <message>
        <source>无法开始打印。</source>
        <translation>Cannot start printing.</translation>
    </message>
    <message>
        <source>%1  第%2校  大样（缩至 A3，%3%）</source>
        <translation>%1  Proof %2  Full-size proof (scaled to A3, %3%)</translation>
    </message>
    <message>
        <source>打印机拒绝了新的一页。</source>
        <translation>The printer refused a new page.</translation>
    </message>
    <message>
        <source>%1  第%2校  大样 1:1  第 %3 行 第 %4 列（共 %5 × %6 张，重叠 %7 毫米）</source>
        <translation>%1  Proof %2  Full-size proof 1:1  row %3 column %4 (%5 × %6 sheets, %7 mm overlap)</translation>
    </message>
</context>
<context>
    <name>folio::app::ProofWorkspace</name>
    <message>
        <source>校次</source>
        <translation>Proof round</translation>
    </message>
    <message>
        <source>对比</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>适合宽度</source>
        <translation>Fit Width</translation>
    </message>
    <message>
        <source>适合页面</source>
        <translation>Fit Page</translation>
    </message>
    <message>
        <source>缩小</source>
        <translation>Zoom Out</translation>
    </message>
    <message>
        <source>放大</source>
        <translation>Zoom In</translation>
    </message>
    <message>
        <source>第%1校</source>
        <translation>Proof %1</translation>
    </message>
    <message>
        <source>未出校样</source>
        <translation>No proof</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>不对比</source>
        <translation>No comparison</translation>
    </message>
    <message>
        <source>这一版还没有出过校样（校对 → 出校样）。</source>
        <translation>No proof has been made of this page yet (Proof → Make Proof).</translation>
    </message>
    <message>
        <source>增：“%1”</source>
        <translation>Insert: “%1”</translation>
    </message>
    <message>
        <source>删：“%1”</source>
        <translation>Delete: “%1”</translation>
    </message>
    <message>
        <source>改：“%1” → “%2”</source>
        <translation>Change: “%1” → “%2”</translation>
    </message>
</context>
<context>
    <name>folio::app::PropertiesPanel</name>
    <message>
        <source>毫米</source>
        <translation>mm</translation>
    </message>
    <message>
        <source>磅</source>
        <translation>pt</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <source>宽</source>
        <translation>Width</translation>
    </message>
    <message>
        <source>高</source>
        <translation>Height</translation>
    </message>
    <message>
        <source>自动</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source> 字</source>
        <translation> chars</translation>
    </message>
    <message>
        <source>栏数</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>栏间距</source>
        <translation>Gutter</translation>
    </message>
    <message>
        <source>栏宽</source>
        <translation>Column width</translation>
    </message>
    <message>
        <source>上</source>
        <translation>Top</translation>
    </message>
    <message>
        <source>下</source>
        <translation>Bottom</translation>
    </message>
    <message>
        <source>左</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>右</source>
        <translation>Right</translation>
    </message>
    <message>
        <source>内边距</source>
        <translation>Insets</translation>
    </message>
    <message>
        <source> 毫米</source>
        <translation> mm</translation>
    </message>
    <message>
        <source> 磅</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>未选择框</source>
        <translation>No frame selected</translation>
    </message>
    <message>
        <source>文本框</source>
        <translation>Text frame</translation>
    </message>
    <message>
        <source>图片框</source>
        <translation>Picture frame</translation>
    </message>
    <message>
        <source>线</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>方框</source>
        <translation>Box</translation>
    </message>
    <message>
        <source>修改框属性</source>
        <translation>Change Frame Properties</translation>
    </message>
</context>
<context>
    <name>folio::app::RecoveryDialog</name>
    <message>
        <source>恢复</source>
        <translation>Recover</translation>
    </message>
    <message>
        <source>放弃</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>以后再说</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>恢复版面</source>
        <translation>Recover Editions</translation>
    </message>
    <message>
        <source>Folio 上次没有正常退出。以下版面有未保存的修改，已自动存下副本：</source>
        <translation>Folio did not close normally last time. These editions had unsaved changes, kept as recovery copies:</translation>
    </message>
    <message>
        <source>版面</source>
        <translation>Edition</translation>
    </message>
    <message>
        <source>原文件</source>
        <translation>Original file</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>最近的编辑</source>
        <translation>Last edits</translation>
    </message>
    <message>
        <source>恢复的版面尚未保存：保存后才写入原文件。</source>
        <translation>A recovered edition is not saved: the original file changes only when you save.</translation>
    </message>
    <message>
        <source>从未保存</source>
        <translation>Never saved</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>无法删除恢复副本 %1</source>
        <translation>Cannot delete the recovery copy %1</translation>
    </message>
</context>
<context>
    <name>folio::app::Ruler</name>
    <message>
        <source>毫米</source>
        <translation>Millimetres</translation>
    </message>
    <message>
        <source>点</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>字（正文字号）</source>
        <translation>Characters (body size)</translation>
    </message>
</context>
<context>
    <name>folio::app::RulerFrame</name>
    <message>
        <source>显示标尺</source>
        <translation>Show Rulers</translation>
    </message>
</context>
<context>
    <name>folio::app::SampleEdition</name>
    <message>
        <source>示例版面</source>
        <translation>Sample edition</translation>
    </message>
</context>
<context>
    <name>folio::app::SettingsDialog</name>
    <message>
        <source>首选项</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>毫米</source>
        <translation>Millimetres</translation>
    </message>
    <message>
        <source>磅</source>
        <translation>Points</translation>
    </message>
    <message>
        <source> 秒</source>
        <translation> s</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>度量单位</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>自动保存间隔</source>
        <translation>Autosave interval</translation>
    </message>
    <message>
        <source>新建版面的版式</source>
        <translation>Template for new editions</translation>
    </message>
    <message>
        <source>自动保存把恢复副本存在用户数据文件夹，不改动版面文件</source>
        <translation>Autosave keeps a recovery copy in your data folder and never changes the edition file</translation>
    </message>
    <message>
        <source> 步</source>
        <translation> edits</translation>
    </message>
    <message>
        <source>只按时间</source>
        <translation>By time only</translation>
    </message>
    <message>
        <source>登录名</source>
        <translation>login name</translation>
    </message>
    <message>
        <source>别人打开你正在编辑的版面时看到的名字</source>
        <translation>The name others see when they open an edition you are editing</translation>
    </message>
    <message>
        <source>每隔几步编辑自动保存</source>
        <translation>Autosave after this many edits</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>除内置词表外再读的用字检查词表（UTF-8 文本，一行一条）</source>
        <translation>Word check lists to read besides the built-in list (UTF-8 text, one entry per line)</translation>
    </message>
    <message>
        <source>添加…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>移除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>用字检查词表</source>
        <translation>Word check lists</translation>
    </message>
    <message>
        <source>文本文件 (*.txt);;所有文件 (*)</source>
        <translation>Text files (*.txt);;All files (*)</translation>
    </message>
</context>
<context>
    <name>folio::app::ShortcutsDialog</name>
    <message>
        <source>快捷键</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>命令</source>
        <translation>Command</translation>
    </message>
</context>
<context>
    <name>folio::app::SignDialog</name>
    <message>
        <source>签版</source>
        <translation>Sign Off</translation>
    </message>
    <message>
        <source>版面：</source>
        <translation>Page:</translation>
    </message>
    <message>
        <source>签字：</source>
        <translation>Signatures:</translation>
    </message>
    <message>
        <source>签版级别：</source>
        <translation>Sign-off level:</translation>
    </message>
    <message>
        <source>签字人：</source>
        <translation>Signed by:</translation>
    </message>
    <message>
        <source>（未设用户名）</source>
        <translation>(no user name set)</translation>
    </message>
    <message>
        <source>有 %1 条校对意见待处理：强行签版须写明理由</source>
        <translation>%1 proof notes are open: give a reason to force the sign-off</translation>
    </message>
    <message>
        <source>校对意见都已处理</source>
        <translation>All proof notes are dealt with</translation>
    </message>
    <message>
        <source>理由：</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>上次签版后的改动：</source>
        <translation>Changes since the last sign-off:</translation>
    </message>
</context>
<context>
    <name>folio::app::SignOffActions</name>
    <message>
        <source>签版(&amp;S)…</source>
        <translation>&amp;Sign Off…</translation>
    </message>
    <message>
        <source>签版级别…</source>
        <translation>Sign-Off Levels…</translation>
    </message>
    <message>
        <source>第 %1 页 %2 已签。</source>
        <translation>Page %1 signed off by %2.</translation>
    </message>
</context>
<context>
    <name>folio::app::SignOffLevelsDialog</name>
    <message>
        <source>发厂前每一版都须签版（未签过的版面也拒绝导出）</source>
        <translation>Every page must be signed off before it goes to the plant (pages never signed off are refused for export too)</translation>
    </message>
    <message>
        <source>签版级别</source>
        <translation>Sign-Off Levels</translation>
    </message>
    <message>
        <source>每行一级，按签版顺序（例：责编、夜班主任、值班总编）：</source>
        <translation>One level per line, in sign-off order (e.g. desk editor, night editor, duty editor-in-chief):</translation>
    </message>
    <message>
        <source>至少要有一级，各级名称不能重复。</source>
        <translation>At least one level is needed, and level names must be unique.</translation>
    </message>
</context>
<context>
    <name>folio::app::SizeField</name>
    <message>
        <source>“%1”不是字号：请输入字号名（如 小五、五号）或磅值（如 9pt）。</source>
        <translation>“%1” is not a size: enter a Chinese size name (such as 小五 or 五号) or points (such as 9pt).</translation>
    </message>
</context>
<context>
    <name>folio::app::StoryEditor</name>
    <message>
        <source>段落样式</source>
        <translation>Paragraph style</translation>
    </message>
    <message>
        <source>输入文字</source>
        <translation>Typing</translation>
    </message>
    <message>
        <source>%1 字</source>
        <translation>%1 characters</translation>
    </message>
    <message>
        <source>字符样式</source>
        <translation>Character Style</translation>
    </message>
</context>
<context>
    <name>folio::app::StoryListPanel</name>
    <message>
        <source>新建稿件</source>
        <translation>New Story</translation>
    </message>
    <message>
        <source>新稿件 %1</source>
        <translation>New story %1</translation>
    </message>
    <message>
        <source>未置入</source>
        <translation>Not placed</translation>
    </message>
    <message>
        <source>第 %1 版，%2 个框</source>
        <translation>page %1, %2 frames</translation>
    </message>
    <message>
        <source>%1
%2 字 · %3</source>
        <translation>%1
%2 characters · %3</translation>
    </message>
    <message numerus="yes">
        <source> · 挤扩 %n 段</source>
        <translation>
            <numerusform> · %n paragraph tracked</numerusform>
            <numerusform> · %n paragraphs tracked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>folio::app::StylesPanel</name>
    <message>
        <source>新建</source>
        <translation>New</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>应用</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>段落样式</source>
        <translation>Paragraph Styles</translation>
    </message>
    <message>
        <source>字符样式</source>
        <translation>Character Styles</translation>
    </message>
    <message>
        <source>把样式用于稿件编辑中的当前段落或所选文字</source>
        <translation>Apply the style to the story editor’s current paragraph or selected text</translation>
    </message>
</context>
<context>
    <name>folio::app::TemplateDialog</name>
    <message>
        <source>新建副本</source>
        <translation>New Copy</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source> 毫米</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>显示字格</source>
        <translation>Show character grid</translation>
    </message>
    <message>
        <source> 磅</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>版式模板</source>
        <translation>Page Templates</translation>
    </message>
    <message>
        <source>毫米</source>
        <translation>mm</translation>
    </message>
    <message>
        <source>字</source>
        <translation>characters</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>宽</source>
        <translation>Width</translation>
    </message>
    <message>
        <source>高</source>
        <translation>Height</translation>
    </message>
    <message>
        <source>上边距</source>
        <translation>Top margin</translation>
    </message>
    <message>
        <source>下边距</source>
        <translation>Bottom margin</translation>
    </message>
    <message>
        <source>左边距</source>
        <translation>Left margin</translation>
    </message>
    <message>
        <source>右边距</source>
        <translation>Right margin</translation>
    </message>
    <message>
        <source>栏数</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>栏间距</source>
        <translation>Gutter</translation>
    </message>
    <message>
        <source>字格字号</source>
        <translation>Grid character size</translation>
    </message>
    <message>
        <source>字格行距</source>
        <translation>Grid leading</translation>
    </message>
    <message>
        <source>%1（内置）</source>
        <translation>%1 (built-in)</translation>
    </message>
    <message>
        <source>内置版式不能修改：按“新建副本”复制一份再改。</source>
        <translation>Built-in templates cannot be changed: press “New Copy” and edit the copy.</translation>
    </message>
    <message>
        <source>版心 %1 × %2 毫米，栏宽 %3 毫米（%4 字）</source>
        <translation>Type area %1 × %2 mm, column width %3 mm (%4 characters)</translation>
    </message>
    <message>
        <source> 字</source>
        <translation> characters</translation>
    </message>
    <message>
        <source>%1 副本</source>
        <translation>%1 copy</translation>
    </message>
    <message>
        <source>修改后按“确定”保存；新建版面时可选用此模板。</source>
        <translation>Changes are saved with OK; new editions can start from this template.</translation>
    </message>
</context>
<context>
    <name>folio::app::TextChecks</name>
    <message>
        <source>查找/替换</source>
        <translation>Find/Replace</translation>
    </message>
    <message>
        <source>用字检查</source>
        <translation>Word Check</translation>
    </message>
    <message>
        <source>查找/替换(&amp;F)…</source>
        <translation>&amp;Find/Replace…</translation>
    </message>
    <message>
        <source>替换(&amp;H)…</source>
        <translation>Rep&amp;lace…</translation>
    </message>
    <message>
        <source>用字检查(&amp;W)</source>
        <translation>&amp;Word Check</translation>
    </message>
    <message>
        <source>标出用字问题</source>
        <translation>Highlight Word Problems</translation>
    </message>
</context>
<context>
    <name>folio::app::WordCheckPanel</name>
    <message>
        <source>替换</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>版</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>稿件</source>
        <translation>Story</translation>
    </message>
    <message>
        <source>用字</source>
        <translation>Word</translation>
    </message>
    <message>
        <source>建议</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>上下文</source>
        <translation>Context</translation>
    </message>
    <message>
        <source>用建议的写法替换选中的一处（可撤销）</source>
        <translation>Replace the selected occurrence with the suggested form (you can undo this)</translation>
    </message>
    <message>
        <source>（请核实）</source>
        <translation>(please verify)</translation>
    </message>
    <message>
        <source>没有发现用字问题</source>
        <translation>No word problems found</translation>
    </message>
    <message>
        <source>发现 %1 处用字问题</source>
        <translation>Found %1 word problems</translation>
    </message>
    <message>
        <source>已把“%1”改为“%2”（可撤销）</source>
        <translation>Changed “%1” to “%2” (you can undo this)</translation>
    </message>
</context>
<context>
    <name>folio::app::ZoomBox</name>
    <message>
        <source>适合页面</source>
        <translation>Fit Page</translation>
    </message>
    <message>
        <source>适合宽度</source>
        <translation>Fit Width</translation>
    </message>
</context>
<context>
    <name>folio::proof</name>
    <message>
        <source>没有这条校对意见（id %1）。</source>
        <translation>There is no such proof note (id %1).</translation>
    </message>
    <message>
        <source>标记的文字已改动</source>
        <translation>The marked text has changed</translation>
    </message>
    <message>
        <source>原文已找不到</source>
        <translation>The original text can no longer be found</translation>
    </message>
</context>
<context>
    <name>folio::proof::NoteActions</name>
    <message>
        <source>没有这条校对意见（id %1）。</source>
        <translation>There is no such proof note (id %1).</translation>
    </message>
    <message>
        <source>这条意见所在的稿件已删除。</source>
        <translation>The story this note belongs to has been deleted.</translation>
    </message>
    <message>
        <source>这条意见已处理过。</source>
        <translation>This note has already been dealt with.</translation>
    </message>
    <message>
        <source>在稿件里找不到标记的文字“%1”。</source>
        <translation>The marked text “%1” is not in the story.</translation>
    </message>
    <message>
        <source>标记的文字已改动（原为“%1”，现为“%2”），请核对后手动修改。</source>
        <translation>The marked text has changed (was “%1”, now “%2”); check it and edit by hand.</translation>
    </message>
    <message>
        <source>这条“增”没有写要加的文字。</source>
        <translation>This “Insert” note does not say what text to insert.</translation>
    </message>
    <message>
        <source>这条“调”没有写调换后的顺序。</source>
        <translation>This “Swap” note does not give the swapped order.</translation>
    </message>
    <message>
        <source>“疑”是询问，不能采纳：请回复或标为不改。</source>
        <translation>A “Query” is a question and cannot be accepted: reply to it or mark it Keep as is.</translation>
    </message>
    <message>
        <source>无法修改稿件文字。</source>
        <translation>Cannot change the story text.</translation>
    </message>
    <message>
        <source>采纳校对意见</source>
        <translation>Accept Proof Note</translation>
    </message>
</context>
<context>
    <name>folio::proof::NoteAnnotator</name>
    <message>
        <source>：%1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source> [%1]</source>
        <translation> [%1]</translation>
    </message>
    <message>
        <source> 回复：%1</source>
        <translation> Reply: %1</translation>
    </message>
    <message>
        <source>无法在校样上写批注：Poppler 读不了刚写出的 PDF。</source>
        <translation>Cannot write annotations on the proof: Poppler cannot read the PDF just written.</translation>
    </message>
    <message>
        <source>无法在校样上写批注：Poppler 保存失败。</source>
        <translation>Cannot write annotations on the proof: Poppler failed to save.</translation>
    </message>
</context>
<context>
    <name>folio::proof::NoteCheck</name>
    <message>
        <source>已改对</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <source>未改</source>
        <translation>Not changed</translation>
    </message>
    <message>
        <source>改得不同</source>
        <translation>Changed differently</translation>
    </message>
    <message>
        <source>找不到</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>询问</source>
        <translation>Query</translation>
    </message>
</context>
<context>
    <name>folio::proof::NoteFormat</name>
    <message>
        <source>改</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>删</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>增</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>调</source>
        <translation>Swap</translation>
    </message>
    <message>
        <source>疑</source>
        <translation>Query</translation>
    </message>
    <message>
        <source>待处理</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>已改</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>不改</source>
        <translation>Keep as is</translation>
    </message>
    <message>
        <source>（版面已删除）</source>
        <translation>(page deleted)</translation>
    </message>
    <message>
        <source>第%1版</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>第%1版 %2</source>
        <translation>Page %1 %2</translation>
    </message>
    <message>
        <source>（稿件已删除）</source>
        <translation>(story deleted)</translation>
    </message>
    <message>
        <source>%1  《%2》  “%3”  %4</source>
        <translation>%1  “%2”  “%3”  %4</translation>
    </message>
    <message>
        <source>：%1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>  [%1]</source>
        <translation>  [%1]</translation>
    </message>
</context>
<context>
    <name>folio::proof::NoteImporter</name>
    <message>
        <source>%1：不是 Folio 校样（没有校样标记），无法对应到稿件文字。</source>
        <translation>%1: not a Folio proof (no proof marker), so it cannot be matched to story text.</translation>
    </message>
    <message>
        <source>%1：不是这期的校样（这期没有这份校样的记录）。</source>
        <translation>%1: not a proof of this edition (this edition has no record of it).</translation>
    </message>
    <message>
        <source>%1：校样对应的版面已不在这期里。</source>
        <translation>%1: the proof’s page is no longer in this edition.</translation>
    </message>
    <message>
        <source>%1：一处批注（%2）不在稿件文字上，未导入：%3</source>
        <translation>%1: an annotation (%2) is not on story text and was not imported: %3</translation>
    </message>
</context>
<context>
    <name>folio::proof::ProofComparer</name>
    <message>
        <source>%1 有 %2 页，%3 有 %4 页：只能比较页数相同的文件。</source>
        <translation>%1 has %2 pages and %3 has %4 pages: only files with the same number of pages can be compared.</translation>
    </message>
    <message>
        <source>%1 个字符改动，共 %2 处</source>
        <translation>%1 characters changed in %2 places</translation>
    </message>
    <message>
        <source>；图像有 %1 个像素不同（%2 dpi）</source>
        <translation>; %1 pixels differ in the image (%2 dpi)</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>新文件无法读取</source>
        <translation>The new file cannot be read</translation>
    </message>
    <message>
        <source>像素差异</source>
        <translation>Pixel differences</translation>
    </message>
    <message>
        <source>增：%1</source>
        <translation>Insert: %1</translation>
    </message>
    <message>
        <source>删：%1</source>
        <translation>Delete: %1</translation>
    </message>
    <message>
        <source>原文：%1 → 现为：%2</source>
        <translation>Was: %1 → Now: %2</translation>
    </message>
    <message>
        <source>Poppler 写不出比较结果</source>
        <translation>Poppler could not write the comparison</translation>
    </message>
</context>
<context>
    <name>folio::proof::ProofDocument</name>
    <message>
        <source>%1：无法打开（%2）。</source>
        <translation>%1: cannot open (%2).</translation>
    </message>
    <message>
        <source>%1：不是 PDF 文件。</source>
        <translation>%1: not a PDF file.</translation>
    </message>
    <message>
        <source>%1：PDF 文件已损坏，无法读取。</source>
        <translation>%1: the PDF file is damaged and cannot be read.</translation>
    </message>
    <message>
        <source>%1：PDF 文件已加密，请先去掉密码保护再导入。</source>
        <translation>%1: the PDF file is encrypted; remove the password protection before importing.</translation>
    </message>
    <message>
        <source>%1：PDF 文件没有页面（文件可能已损坏）。</source>
        <translation>%1: the PDF file has no pages (it may be damaged).</translation>
    </message>
</context>
<context>
    <name>folio::proof::ProofWriter</name>
    <message>
        <source>第%1版</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>第%1版 %2</source>
        <translation>Page %1 %2</translation>
    </message>
    <message>
        <source>%1  %2  %3  第%4校  %5  %6  %7</source>
        <translation>%1  %2  %3  Proof %4  %5  %6  %7</translation>
    </message>
    <message>
        <source>  签：%1</source>
        <translation>  Signed: %1</translation>
    </message>
    <message>
        <source>没有第 %1 页（本期共 %2 页）。</source>
        <translation>There is no page %1 (this edition has %2 pages).</translation>
    </message>
    <message>
        <source>校样写不成：%1</source>
        <translation>Could not write the proof: %1</translation>
    </message>
</context>
<context>
    <name>folio::proof::SignOffFormat</name>
    <message>
        <source>%1 —</source>
        <translation>%1 —</translation>
    </message>
    <message>
        <source>%1 %2 %3（%4）</source>
        <translation>%1 %2 %3 (%4)</translation>
    </message>
    <message>
        <source>有效</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>签后改动，已失效</source>
        <translation>Changed after sign-off, no longer valid</translation>
    </message>
    <message>
        <source>［有待处理意见时签，理由：%1］</source>
        <translation>[Signed with open notes, reason: %1]</translation>
    </message>
    <message>
        <source>增：“%1”</source>
        <translation>Insert: “%1”</translation>
    </message>
    <message>
        <source>删：“%1”</source>
        <translation>Delete: “%1”</translation>
    </message>
    <message>
        <source>改：“%1” → “%2”</source>
        <translation>Change: “%1” → “%2”</translation>
    </message>
</context>
<context>
    <name>folio::render::MarkerGeometry</name>
    <message>
        <source>超出 %1 字</source>
        <translation>%1 chars over</translation>
    </message>
    <message>
        <source>剩余 %1 字</source>
        <translation>%1 chars left</translation>
    </message>
    <message>
        <source>剩余 %1 字，%2 行</source>
        <translation>%1 chars, %2 lines left</translation>
    </message>
</context>
</TS>
