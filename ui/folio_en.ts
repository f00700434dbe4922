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
</context>
<context>
    <name>folio::app::EditionDocument</name>
    <message>
        <source>未命名版面</source>
        <translation>Untitled edition</translation>
    </message>
    <message>
        <source>已自动保存 %1</source>
        <translation>Autosaved at %1</translation>
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
        <source>添加版面</source>
        <translation>Add Page</translation>
    </message>
    <message>
        <source>删除版面</source>
        <translation>Remove Page</translation>
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
        <source>版面状态</source>
        <translation>Page Status</translation>
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
        <source>第 %1 版上有 %2 个框，确定删除？（可撤销）</source>
        <translation>Page %1 has %2 frames. Remove it? (You can undo this.)</translation>
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
</context>
<context>
    <name>folio::app::PageListPanel</name>
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
    <name>folio::app::PageView</name>
    <message>
        <source>文本框 %1</source>
        <translation>Text frame %1</translation>
    </message>
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
    <name>folio::app::SampleEdition</name>
    <message>
        <source>示例版面</source>
        <translation>Sample edition</translation>
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
</context>
</TS>