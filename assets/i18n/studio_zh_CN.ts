<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>studio</name>
        <message>
            <location filename="../../studio/cli/rules.py" line="143" />
            <source>{market}: {count} rules, {off} off. Centre file: {file} (revision {revision}).</source>
            <translation>{market}：共 {count} 条规则，{off} 条已关闭。培训中心文件：{file}（修订号 {revision}）。</translation>
        </message>
        <message>
            <location filename="../../studio/cli/rules.py" line="149" />
            <source>{market}: {count} rules as shipped; the centre has changed nothing yet.</source>
            <translation>{market}：共 {count} 条自带规则，培训中心还没有做任何修改。</translation>
        </message>
        <message>
            <location filename="../../studio/cli/rules.py" line="156" />
            <source>Problem in the centre's rule file: {problem}</source>
            <translation>培训中心的规则文件有问题：{problem}</translation>
        </message>
        <message>
            <location filename="../../studio/core/claims/loader.py" line="410" />
            <source>There are no rules for the market '{market}'. Known markets: {known}.</source>
            <translation>没有市场“{market}”的规则。已有的市场：{known}。</translation>
        </message>
        <message>
            <location filename="../../studio/core/claims/overlay.py" line="211" />
            <source>cannot be read ({error})</source>
            <translation>无法读取（{error}）</translation>
        </message>
        <message>
            <location filename="../../studio/core/claims/overlay.py" line="243" />
            <source>the centre's rule file must be a set of 'name: value' lines</source>
            <translation>培训中心的规则文件必须由“名称: 值”这样的行组成</translation>
        </message>
        <message>
            <location filename="../../studio/core/claims/overlay.py" line="253" />
            <source>the field '{field}' is unknown and was left out. Known fields: {known}</source>
            <translation>未知字段“{field}”，已忽略。可用的字段有：{known}</translation>
        </message>
        <message>
            <location filename="../../studio/core/claims/overlay.py" line="260" />
            <source>the field '{field}' is there twice; the first one is used</source>
            <translation>字段“{field}”出现了两次，只使用第一个</translation>
        </message>
        <message>
            <location filename="../../studio/core/claims/overlay.py" line="268" />
            <source>the 'schema: 1' line is missing; the file is read as version 1</source>
            <translation>缺少“schema: 1”这一行，文件按版本 1 读取</translation>
        </message>
        <message>
            <location filename="../../studio/core/claims/overlay.py" line="278" />
            <source>uses schema version {schema}; this studio reads version {version}, so none of the centre's changes are used</source>
            <translation>使用的格式版本是 {schema}，本应用只能读取版本 {version}，所以培训中心的修改都不会生效</translation>
        </message>
        <message>
            <location filename="../../studio/core/claims/overlay.py" line="292" />
            <source>is for the market '{named}', not {market}, so none of its changes are used</source>
            <translation>适用于市场“{named}”，而不是 {market}，所以其中的修改都不会生效</translation>
        </message>
        <message>
            <location filename="../../studio/core/claims/overlay.py" line="305" />
            <source>the revision must be a whole number, not '{value}'</source>
            <translation>修订号必须是整数，不能是“{value}”</translation>
        </message>
        <message>
            <location filename="../../studio/core/claims/overlay.py" line="337" />
            <source>the rule '{rule}' is already turned off on line {line}; this entry is left out</source>
            <translation>规则“{rule}”已在第 {line} 行关闭，这一条已忽略</translation>
        </message>
        <message>
            <location filename="../../studio/core/claims/overlay.py" line="351" />
            <source>the strictness of '{rule}' is already changed on line {line}; this entry is left out</source>
            <translation>规则“{rule}”的严格程度已在第 {line} 行修改过，这一条已忽略</translation>
        </message>
        <message>
            <location filename="../../studio/core/claims/overlay.py" line="365" />
            <source>this phrase is already added to '{rule}' on line {line}; this entry is left out</source>
            <translation>这个短语已在第 {line} 行添加到规则“{rule}”，这一条已忽略</translation>
        </message>
        <message>
            <location filename="../../studio/core/claims/overlay.py" line="379" />
            <source>the centre rule id '{rule}' is already used on line {line}; this rule is left out</source>
            <translation>培训中心规则编号“{rule}”已在第 {line} 行用过，这条规则已忽略</translation>
        </message>
        <message>
            <location filename="../../studio/core/claims/overlay.py" line="413" />
            <source>'{section}' must be a list, each entry starting with '- '; it was left out</source>
            <translation>“{section}”必须是列表，每一项以“- ”开头；这一部分已忽略</translation>
        </message>
        <message>
            <location filename="../../studio/core/claims/overlay.py" line="447" />
            <source>turning off '{rule}' needs a 'reason': why the centre turned it off</source>
            <translation>关闭规则“{rule}”需要填写“reason”，说明培训中心为什么关闭它</translation>
        </message>
        <message>
            <location filename="../../studio/core/claims/overlay.py" line="463" />
            <source>the strictness change of '{rule}' needs a 'reason': why the centre changed it</source>
            <translation>修改规则“{rule}”的严格程度需要填写“reason”，说明培训中心为什么修改</translation>
        </message>
        <message>
            <location filename="../../studio/core/claims/overlay.py" line="481" />
            <source>the phrase '{phrase}' is too short: a single character would flag ordinary speech</source>
            <translation>短语“{phrase}”太短：只有一个字的话，平常说话也会被标记出来</translation>
        </message>
        <message>
            <location filename="../../studio/core/claims/overlay.py" line="486" />
            <source>the phrase is empty</source>
            <translation>短语是空的</translation>
        </message>
        <message>
            <location filename="../../studio/core/claims/overlay.py" line="526" />
            <source>the centre rule id '{rule}' must start with '{prefix}', so it never clashes with a shipped rule</source>
            <translation>培训中心规则编号“{rule}”必须以“{prefix}”开头，以免和应用自带的规则冲突</translation>
        </message>
        <message>
            <location filename="../../studio/core/claims/overlay.py" line="533" />
            <source>the centre rule '{rule}' must be for {market} in the language '{language}' (leave out 'language' and 'markets')</source>
            <translation>培训中心规则“{rule}”必须适用于 {market}，语言为“{language}”（请删去“language”和“markets”）</translation>
        </message>
        <message>
            <location filename="../../studio/core/claims/overlay.py" line="599" />
            <source>the centre rule id '{rule}' is already used by a shipped rule; give it another id</source>
            <translation>培训中心规则编号“{rule}”已被应用自带的规则使用，请换一个编号</translation>
        </message>
        <message>
            <location filename="../../studio/core/claims/overlay.py" line="616" />
            <source>no rule pack has a rule '{rule}' (was it renamed?); this entry is left out</source>
            <translation>没有哪个规则包含有规则“{rule}”（是不是改名了？），这一条已忽略</translation>
        </message>
        <message>
            <location filename="../../studio/core/errors.py" line="33" />
            <source>The file {name}: {message}</source>
            <translation>文件 {name}：{message}</translation>
        </message>
        <message>
            <location filename="../../studio/core/errors.py" line="34" />
            <source>The file {name}, line {line}: {message}</source>
            <translation>文件 {name} 第 {line} 行：{message}</translation>
        </message>
        <message>
            <location filename="../../studio/core/framing.py" line="80" />
            <source>I cannot see your face. Sit facing the camera, close enough to fill about a quarter of the picture's width, with light on your face.</source>
            <translation>看不到你的脸。请面对摄像头坐好，靠近到脸大约占画面宽度的四分之一，并让光线照在脸上。</translation>
        </message>
        <message>
            <location filename="../../studio/core/framing.py" line="87" />
            <source>You are too close to the camera. Move back a little.</source>
            <translation>你离摄像头太近了，请稍微往后一点。</translation>
        </message>
        <message>
            <location filename="../../studio/core/framing.py" line="90" />
            <source>You are far from the camera. Move closer.</source>
            <translation>你离摄像头太远了，请靠近一些。</translation>
        </message>
        <message>
            <location filename="../../studio/core/framing.py" line="97" />
            <source>Your face is left of centre. Move right a little.</source>
            <translation>你的脸偏左了，请往右移一点。</translation>
        </message>
        <message>
            <location filename="../../studio/core/framing.py" line="100" />
            <source>Your face is right of centre. Move left a little.</source>
            <translation>你的脸偏右了，请往左移一点。</translation>
        </message>
        <message>
            <location filename="../../studio/core/framing.py" line="104" />
            <source>Your face is near the top of the picture. Lower the camera or sit a little lower.</source>
            <translation>你的脸太靠近画面顶部了。请把摄像头放低，或者坐低一点。</translation>
        </message>
        <message>
            <location filename="../../studio/core/framing.py" line="107" />
            <source>Your face is low in the picture. Raise the camera or sit up a little.</source>
            <translation>你的脸在画面中偏低。请把摄像头抬高，或者坐直一点。</translation>
        </message>
        <message>
            <location filename="../../studio/core/framing.py" line="110" />
            <source>Your face is well placed in the picture.</source>
            <translation>你的脸在画面中的位置很好。</translation>
        </message>
        <message>
            <location filename="../../studio/core/framing.py" line="119" />
            <source>The picture is dark. Turn on a light or face a window.</source>
            <translation>画面太暗了。请开灯，或者面向窗户。</translation>
        </message>
        <message>
            <location filename="../../studio/core/framing.py" line="121" />
            <source>The picture is too bright. Move away from the window or dim the light.</source>
            <translation>画面太亮了。请离窗户远一点，或者把灯光调暗。</translation>
        </message>
        <message>
            <location filename="../../studio/core/framing.py" line="123" />
            <source>The light is good.</source>
            <translation>光线很好。</translation>
        </message>
        <message>
            <location filename="../../studio/core/framing.py" line="134" />
            <source>I hear nothing from the microphone. Check that it is connected and not muted.</source>
            <translation>麦克风没有声音。请检查麦克风是否已连接，是否被静音。</translation>
        </message>
        <message>
            <location filename="../../studio/core/framing.py" line="137" />
            <source>Your voice is too loud for the microphone. Move it a little further away or turn its level down.</source>
            <translation>声音太大了。请把麦克风放远一点，或者调低麦克风音量。</translation>
        </message>
        <message>
            <location filename="../../studio/core/framing.py" line="140" />
            <source>The room is noisy. Close the window or move somewhere quieter.</source>
            <translation>周围太吵了。请关上窗户，或者换个安静的地方。</translation>
        </message>
        <message>
            <location filename="../../studio/core/framing.py" line="143" />
            <source>Your voice is quiet. Speak up or move closer to the microphone.</source>
            <translation>你的声音太小了。请大声一点，或者离麦克风近一些。</translation>
        </message>
        <message>
            <location filename="../../studio/core/framing.py" line="145" />
            <source>Good level. The microphone hears you clearly.</source>
            <translation>音量合适，麦克风能清楚地听到你。</translation>
        </message>
        <message>
            <location filename="../../studio/services/audio_out.py" line="205" />
            <source>{problem} The app speaks on the default sound output.</source>
            <translation>{problem}应用将使用默认声音输出朗读。</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/audio.py" line="78" />
            <source>The default microphone</source>
            <translation>默认麦克风</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/audio.py" line="79" />
            <source>The microphone {name}</source>
            <translation>麦克风 {name}</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/camera.py" line="95" />
            <source>The video file {path} does not exist.</source>
            <translation>视频文件 {path} 不存在。</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/devices.py" line="89" />
            <source>Camera {index}</source>
            <translation>摄像头 {index}</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/devices.py" line="143" />
            <source>More than one microphone matches {name}: {matches}.</source>
            <translation>有多个麦克风与 {name} 匹配：{matches}。</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/devices.py" line="145" />
            <source>More than one speaker matches {name}: {matches}.</source>
            <translation>有多个扬声器与 {name} 匹配：{matches}。</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/devices.py" line="148" />
            <source>There is no microphone called {name}. The microphones found are: {names}.</source>
            <translation>没有名为 {name} 的麦克风。找到的麦克风有：{names}。</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/devices.py" line="149" />
            <source>There is no microphone called {name}. The microphones found are: none.</source>
            <translation>没有名为 {name} 的麦克风。没有找到任何麦克风。</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/devices.py" line="151" />
            <source>There is no speaker called {name}. The speakers found are: {names}.</source>
            <translation>没有名为 {name} 的扬声器。找到的扬声器有：{names}。</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/devices.py" line="152" />
            <source>There is no speaker called {name}. The speakers found are: none.</source>
            <translation>没有名为 {name} 的扬声器。没有找到任何扬声器。</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/encoder.py" line="88" />
            <source>The video encoder could not start: {problem}</source>
            <translation>视频编码器无法启动：{problem}</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/encoder.py" line="122" />
            <source>The video encoder stopped unexpectedly.</source>
            <translation>视频编码器意外停止了。</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/encoder.py" line="215" />
            <source>There is nothing to save: no pictures and no sound were recorded.</source>
            <translation>没有可以保存的内容：没有录到画面，也没有录到声音。</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/encoder.py" line="241" />
            <source>The recording could not be saved as {name}: {problem}</source>
            <translation>无法把录制内容保存为 {name}：{problem}</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/faces.py" line="57" />
            <source>The face finder's model file is missing, so the camera check cannot look for your face. Install the opencv-data package.</source>
            <translation>缺少人脸检测的模型文件，摄像头检查无法找到你的脸。请安装 opencv-data 软件包。</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/preflight.py" line="106" />
            <source>The default microphone could not be tested: {error}</source>
            <translation>无法测试默认麦克风：{error}</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/preflight.py" line="108" />
            <source>The microphone {name} could not be tested: {error}</source>
            <translation>无法测试麦克风 {name}：{error}</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/preflight.py" line="147" />
            <source>The speaker test failed: no sound could be played. Check the speaker or headphones and the chosen output.</source>
            <translation>扬声器测试失败：无法播放声音。请检查扬声器或耳机，以及所选的输出设备。</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/preflight.py" line="150" />
            <source>A short tone was played. If you did not hear it, check the volume and the chosen speaker.</source>
            <translation>刚才播放了一声短促的提示音。如果没有听到，请检查音量和所选的扬声器。</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recorder.py" line="164" />
            <source>The frame rate must be a positive number.</source>
            <translation>帧率必须是正数。</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recorder.py" line="241" />
            <source>This recorder has already been used; make a new one for the next take.</source>
            <translation>这个录制器已经用过了，录下一遍需要新建一个。</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recorder.py" line="255" />
            <source>The default microphone could not start: {error}</source>
            <translation>默认麦克风无法启动：{error}</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recorder.py" line="257" />
            <source>The microphone {name} could not start: {error}</source>
            <translation>麦克风 {name} 无法启动：{error}</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recorder.py" line="262" />
            <source>No sound arrived from the default microphone within {seconds} seconds. Check that it is connected and not used by another program.</source>
            <translation>{seconds} 秒内默认麦克风没有传来声音。请检查它是否已连接，是否正被其他程序占用。</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recorder.py" line="265" />
            <source>No sound arrived from the microphone {name} within {seconds} seconds. Check that it is connected and not used by another program.</source>
            <translation>{seconds} 秒内麦克风 {name} 没有传来声音。请检查它是否已连接，是否正被其他程序占用。</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recorder.py" line="270" />
            <source>There is no camera, so this rehearsal records sound only.</source>
            <translation>没有摄像头，这次排练只录声音。</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recorder.py" line="287" />
            <source>The recorder is not recording.</source>
            <translation>录制器没有在录制。</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recorder.py" line="314" />
            <source>{problem} The sound was saved without the pictures.</source>
            <translation>{problem}声音已保存，但没有画面。</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recorder.py" line="362" />
            <source>There is not enough free disk space to record: {free} megabytes free, about {need} needed. Delete old recordings or choose another folder.</source>
            <translation>磁盘空间不足，无法录制：剩余 {free} MB，大约需要 {need} MB。请删除旧的录制内容，或者选择其他文件夹。</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recorder.py" line="428" />
            <source>The sound card reported a glitch; a few samples may be lost.</source>
            <translation>声卡报告了一次故障，可能丢失了少量声音数据。</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recorder.py" line="444" />
            <source>A listener of the sound stopped working: {error}</source>
            <translation>一个声音处理组件停止了工作：{error}</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recorder.py" line="447" />
            <source>Sound is arriving from the microphone.</source>
            <translation>麦克风有声音传入。</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recorder.py" line="468" />
            <source>The camera stopped sending pictures. Recording continues with sound only.</source>
            <translation>摄像头不再传来画面。录制会继续，但只录声音。</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recorder.py" line="480" />
            <source>Pictures are arriving from {camera}.</source>
            <translation>{camera} 有画面传入。</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recorder.py" line="531" />
            <source>The computer is busy; the video now uses faster, lower-quality encoding ({preset}). Sound is not affected.</source>
            <translation>电脑太忙，视频已改用更快但画质较低的编码（{preset}）。声音不受影响。</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recorder.py" line="542" />
            <source>{problem} Recording continues with sound only.</source>
            <translation>{problem}录制会继续，但只录声音。</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recorder.py" line="563" />
            <source>The microphone stopped sending sound. The recording was stopped and what was recorded is kept.</source>
            <translation>麦克风不再传来声音。录制已停止，已经录下的内容都保留了。</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recorder.py" line="573" />
            <source>The disk is almost full, so the recording was stopped and saved.</source>
            <translation>磁盘快满了，录制已停止并保存。</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recovery.py" line="57" />
            <source>The capture description was missing; assumed 48 kHz mono sound.</source>
            <translation>缺少录制说明，已按 48 千赫单声道处理。</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recovery.py" line="59" />
            <source>The capture description is damaged: {error}</source>
            <translation>录制说明已损坏：{error}</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recovery.py" line="72" />
            <source>The pictures could not be read; only the sound was recovered.</source>
            <translation>画面无法读取，只恢复了声音。</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recovery.py" line="74" />
            <source>1 part of the video could not be read; only the sound was recovered for it.</source>
            <translation>有 1 段视频无法读取，这一段只恢复了声音。</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recovery.py" line="76" />
            <source>{count} parts of the video could not be read; only the sound was recovered for them.</source>
            <translation>有 {count} 段视频无法读取，这些段只恢复了声音。</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recovery.py" line="79" />
            <source>The folder holds no recorded sound or pictures to recover.</source>
            <translation>这个文件夹里没有可以恢复的声音或画面。</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recovery.py" line="83" />
            <source>The start times were not saved; sound and picture may be slightly out of step.</source>
            <translation>开始时间没有保存，声音和画面可能会有一点不同步。</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="105" />
            <source>'{value}' is not a strictness; use BLOCK, NEEDS-EVIDENCE or VERIFY-FACT</source>
            <translation>“{value}”不是有效的严格程度，请使用 BLOCK、NEEDS-EVIDENCE 或 VERIFY-FACT</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="115" />
            <source>Give the reason for this change: the next instructor will want to know why.</source>
            <translation>请填写这次修改的理由，下一位教师会想知道原因。</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="123" />
            <source>The market {market} has no rule '{rule}'. List its rules with: studio rules {market} --list</source>
            <translation>市场 {market} 没有规则“{rule}”。可以用这个命令列出它的规则：studio rules {market} --list</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="215" />
            <source>Give at least one phrase the rule should catch.</source>
            <translation>请至少填写一个这条规则要标记的短语。</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="223" />
            <source>'{category}' is not a claim category. Known categories: {known}</source>
            <translation>“{category}”不是说法类别。已有的类别：{known}</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="229" />
            <source>Say why the claim matters: the trainee hears it with the finding.</source>
            <translation>请说明这种说法为什么有问题，学员会在反馈中听到这段说明。</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="231" />
            <source>Give a compliant rewording the trainee can say instead.</source>
            <translation>请给出一个合规的改写，让学员可以换个说法。</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="236" />
            <source>A centre rule id starts with '{prefix}' and uses only lower-case letters, digits, '.', '-' and '_'.</source>
            <translation>培训中心规则编号以“{prefix}”开头，只能使用小写字母、数字、“.”、“-”和“_”。</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="240" />
            <source>There is already a rule '{rule}'.</source>
            <translation>已经有规则“{rule}”了。</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="290" />
            <source>The rule '{rule}' is off, so this phrase is not checked until the rule is on again.</source>
            <translation>规则“{rule}”已关闭，重新开启之前不会检查这个短语。</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="300" />
            <source>The words '{phrase}' are already flagged by the rule '{other}', which takes precedence.</source>
            <translation>“{phrase}”已经由规则“{other}”标记，以那条规则为准。</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="306" />
            <source>The words '{phrase}' are never flagged: the packs list them as a harmless look-alike. Add a longer phrase instead.</source>
            <translation>“{phrase}”永远不会被标记：规则包把它列为无害的相似说法。请改为添加一个更长的短语。</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="320" />
            <source>The '{section}' part of the centre's rule file is not a list; fix it by hand first.</source>
            <translation>培训中心规则文件中的“{section}”部分不是列表，请先手动修正。</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="335" />
            <source>The centre's rule file cannot be changed until it is fixed: {problem}</source>
            <translation>培训中心的规则文件修正之前无法修改：{problem}</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="343" />
            <source>The centre's rule file cannot be read: {error}</source>
            <translation>无法读取培训中心的规则文件：{error}</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="347" />
            <source>The centre's rule file must be a set of 'name: value' lines.</source>
            <translation>培训中心的规则文件必须由“名称: 值”这样的行组成。</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="397" />
            <source>The change was not saved: {problem}</source>
            <translation>修改没有保存：{problem}</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="420" />
            <source>block</source>
            <translation>必须改</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="421" />
            <source>needs evidence</source>
            <translation>需要证据</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="422" />
            <source>verify fact</source>
            <translation>请核实</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="427" />
            <source>medical</source>
            <translation>医疗</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="428" />
            <source>cure</source>
            <translation>治愈</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="429" />
            <source>absolute or superlative</source>
            <translation>绝对化用语</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="430" />
            <source>guarantee</source>
            <translation>保证</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="431" />
            <source>instant results</source>
            <translation>立竿见影</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="432" />
            <source>price</source>
            <translation>价格</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="433" />
            <source>bait price</source>
            <translation>虚假低价</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="434" />
            <source>urgency</source>
            <translation>制造紧迫感</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="435" />
            <source>income</source>
            <translation>收入承诺</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="436" />
            <source>comparison</source>
            <translation>对比</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="437" />
            <source>testimonial</source>
            <translation>用户证言</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="438" />
            <source>weight loss</source>
            <translation>减肥</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="439" />
            <source>cosmetic sounding like a medicine</source>
            <translation>化妆品宣称药效</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="440" />
            <source>safety</source>
            <translation>安全性</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="441" />
            <source>natural or pure</source>
            <translation>天然或纯净</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="442" />
            <source>endorsement</source>
            <translation>代言背书</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="443" />
            <source>fake social proof</source>
            <translation>虚假的热销证明</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="444" />
            <source>giveaway</source>
            <translation>赠品</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="445" />
            <source>statistics</source>
            <translation>统计数据</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="446" />
            <source>off-platform selling</source>
            <translation>引导站外交易</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="463" />
            <source>{rule}: {state}, {strictness}, {category}.</source>
            <translation>{rule}：{state}，{strictness}，{category}。</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="465" />
            <source>on</source>
            <translation>开启</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="465" />
            <source>off</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="471" />
            <source>Centre rule.</source>
            <translation>培训中心规则。</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="473" />
            <source>Platform rule.</source>
            <translation>平台规则。</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="475" />
            <source>Turned off by the centre: {reason}.</source>
            <translation>培训中心已关闭：{reason}。</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="479" />
            <source>Strictness changed by the centre from {shipped}: {reason}.</source>
            <translation>培训中心已把严格程度从“{shipped}”改为现在的级别：{reason}。</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="485" />
            <source>1 phrase added by the centre.</source>
            <translation>培训中心添加了 1 个短语。</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="487" />
            <source>{count} phrases added by the centre.</source>
            <translation>培训中心添加了 {count} 个短语。</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="497" />
            <source>Why it matters ({language}): {text}</source>
            <translation>为什么重要（{language}）：{text}</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="498" />
            <source>Why it matters: {text}</source>
            <translation>为什么重要：{text}</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="500" />
            <source>Say instead ({language}): {text}</source>
            <translation>建议说法（{language}）：{text}</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="501" />
            <source>Say instead: {text}</source>
            <translation>建议说法：{text}</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="505" />
            <source>Phrases ({count}, the first 40): {phrases}</source>
            <translation>短语（共 {count} 个，显示前 40 个）：{phrases}</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="507" />
            <source>Phrases ({count}): {phrases}</source>
            <translation>短语（{count} 个）：{phrases}</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="511" />
            <source>Added by the centre: {phrase} ({reason})</source>
            <translation>培训中心添加：{phrase}（{reason}）</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="514" />
            <source>Added by the centre: {phrase}</source>
            <translation>培训中心添加：{phrase}</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="516" />
            <source>Why the centre added it: {reason}</source>
            <translation>培训中心添加的理由：{reason}</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="517" />
            <source>Source: {source}</source>
            <translation>来源：{source}</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="525" />
            <source>The rule {rule} was already off; nothing changed.</source>
            <translation>规则 {rule} 本来就是关闭的，没有任何改动。</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="526" />
            <source>Rule {rule} turned off for {market}.</source>
            <translation>已为 {market} 关闭规则 {rule}。</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="529" />
            <source>The rule {rule} was already on; nothing changed.</source>
            <translation>规则 {rule} 本来就是开启的，没有任何改动。</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="530" />
            <source>Rule {rule} turned on again for {market}.</source>
            <translation>已为 {market} 重新开启规则 {rule}。</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="534" />
            <source>The rule {rule} already is {strictness}; nothing changed.</source>
            <translation>规则 {rule} 本来就是“{strictness}”，没有任何改动。</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="537" />
            <source>Rule {rule} is now {strictness}.</source>
            <translation>规则 {rule} 现在是“{strictness}”。</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="540" />
            <source>The rule {rule} already has the phrase '{phrase}'; nothing changed.</source>
            <translation>规则 {rule} 已经有短语“{phrase}”，没有任何改动。</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="543" />
            <source>Phrase '{phrase}' added to rule {rule}.</source>
            <translation>已把短语“{phrase}”添加到规则 {rule}。</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="544" />
            <source>Centre rule {rule} added, catching: {phrases}.</source>
            <translation>已添加培训中心规则 {rule}，会标记：{phrases}。</translation>
        </message>
        <message>
            <location filename="../../studio/services/preflight_run.py" line="97" />
            <source>This check could not run: {error}.</source>
            <translation>这项检查无法进行：{error}。</translation>
        </message>
        <message>
            <location filename="../../studio/services/preflight_run.py" line="129" />
            <source>No camera is connected, so this take records sound only.</source>
            <translation>没有连接摄像头，这一遍只录声音。</translation>
        </message>
        <message>
            <location filename="../../studio/services/preflight_run.py" line="147" />
            <source>The camera gave no picture. Check that it is connected and that no other app is using it.</source>
            <translation>摄像头没有画面。请检查它是否已连接，是否正被其他应用占用。</translation>
        </message>
        <message>
            <location filename="../../studio/services/recording_import.py" line="181" />
            <source>The file {name} was not found. It may have been moved or renamed; choose it again.</source>
            <translation>找不到文件 {name}。它可能被移动或改名了，请重新选择。</translation>
        </message>
        <message>
            <location filename="../../studio/services/recording_import.py" line="185" />
            <source>{name} is a folder, not a recording. Choose a video or audio file.</source>
            <translation>{name} 是一个文件夹，不是录制文件。请选择视频或音频文件。</translation>
        </message>
        <message>
            <location filename="../../studio/services/recording_import.py" line="193" />
            <source>The speech model could not be loaded, so {name} was not analysed: {problem}</source>
            <translation>语音识别模型无法加载，所以没有分析 {name}：{problem}</translation>
        </message>
        <message>
            <location filename="../../studio/services/recording_import.py" line="204" />
            <source>The file {name} is not a video or audio file the studio can read. Choose a recording such as MP4, MP3 or WAV.</source>
            <translation>文件 {name} 不是本应用能读取的视频或音频文件。请选择 MP4、MP3 或 WAV 等录制文件。</translation>
        </message>
        <message>
            <location filename="../../studio/services/recording_import.py" line="208" />
            <source>The file {name} has no sound in it, so there is nothing to analyse.</source>
            <translation>文件 {name} 里没有声音，没有可以分析的内容。</translation>
        </message>
        <message>
            <location filename="../../studio/services/recording_import.py" line="219" />
            <source>{name} could not be transcribed: {problem}</source>
            <translation>{name} 无法转写：{problem}</translation>
        </message>
        <message>
            <location filename="../../studio/services/recording_import.py" line="223" />
            <source>No speech was found in {name}, so there is nothing to analyse. Check that it is the right file and that its sound is not muted.</source>
            <translation>{name} 里没有找到说话声，没有可以分析的内容。请确认文件是否选对，声音是否被静音。</translation>
        </message>
        <message>
            <location filename="../../studio/services/recording_import.py" line="344" />
            <source>{name} was analysed, but the results could not be saved: {problem}</source>
            <translation>{name} 已分析，但结果无法保存：{problem}</translation>
        </message>
        <message>
            <location filename="../../studio/services/rehearsal.py" line="70" />
            <source>The microphone stopped sending sound. Stop the recording to save and analyse what was recorded.</source>
            <translation>麦克风不再传来声音。请停止录制，以便保存并分析已经录下的内容。</translation>
        </message>
        <message>
            <location filename="../../studio/services/rehearsal.py" line="72" />
            <source>The disk is almost full, so recording stopped. Stop the recording to save what was recorded.</source>
            <translation>磁盘快满了，录制已中断。请停止录制，以便保存已经录下的内容。</translation>
        </message>
        <message>
            <location filename="../../studio/services/rehearsal.py" line="73" />
            <source>The recording stopped by itself. Stop the recording to save what was recorded.</source>
            <translation>录制意外中断了。请停止录制，以便保存已经录下的内容。</translation>
        </message>
        <message>
            <location filename="../../studio/services/rehearsal.py" line="236" />
            <source>Dead air. Say something.</source>
            <translation>冷场了，说点什么吧。</translation>
        </message>
        <message>
            <location filename="../../studio/services/rehearsal.py" line="242" />
            <source>Slow down a little.</source>
            <translation>说慢一点。</translation>
        </message>
        <message>
            <location filename="../../studio/services/rehearsal.py" line="312" />
            <source>Careful: a risky claim.</source>
            <translation>注意：这句说法有风险。</translation>
        </message>
        <message>
            <location filename="../../studio/services/rehearsal.py" line="312" />
            <source>Careful: “{quote}”.</source>
            <translation>注意：“{quote}”。</translation>
        </message>
        <message>
            <location filename="../../studio/services/rehearsal.py" line="349" />
            <source>Before you close: say “{line}”.</source>
            <translation>收尾之前，请说“{line}”。</translation>
        </message>
        <message>
            <location filename="../../studio/services/rehearsal.py" line="503" />
            <source>A rehearsal is already recording. Stop it first.</source>
            <translation>已经有一遍排练正在录制，请先停止。</translation>
        </message>
        <message>
            <location filename="../../studio/services/rehearsal.py" line="515" />
            <source>Free practice</source>
            <translation>自由练习</translation>
        </message>
        <message>
            <location filename="../../studio/services/rehearsal.py" line="535" />
            <source>The recording could not start: {problem}.</source>
            <translation>无法开始录制：{problem}。</translation>
        </message>
        <message>
            <location filename="../../studio/services/rehearsal.py" line="601" />
            <source>Nothing is being recorded.</source>
            <translation>现在没有在录制。</translation>
        </message>
        <message>
            <location filename="../../studio/services/rehearsal.py" line="634" />
            <source>The recording could not be finished: {problem}.</source>
            <translation>无法完成录制：{problem}。</translation>
        </message>
        <message>
            <location filename="../../studio/services/rehearsal.py" line="649" />
            <source>The recording was saved, but it could not be analysed: {problem}.</source>
            <translation>录制内容已保存，但无法分析：{problem}。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="123" />
            <source>'{key}' is not a key name. Write keys like F5, Ctrl+O or Shift+F3.</source>
            <translation>“{key}”不是按键名称。请按 F5、Ctrl+O 或 Shift+F3 这样的格式填写。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="128" />
            <source>'{name}' in '{key}' is not a modifier key. Use Ctrl, Alt, Shift or Meta.</source>
            <translation>“{key}”中的“{name}”不是修饰键。请使用 Ctrl、Alt、Shift 或 Meta。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="154" />
            <source>Control</source>
            <translation>Ctrl</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="155" />
            <source>Alt</source>
            <translation>Alt</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="156" />
            <source>Shift</source>
            <translation>Shift</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="157" />
            <source>Escape</source>
            <translation>Esc</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="158" />
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="159" />
            <source>Insert</source>
            <translation>Insert</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="160" />
            <source>Page Up</source>
            <translation>Page Up</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="161" />
            <source>Page Down</source>
            <translation>Page Down</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="162" />
            <source>Number pad</source>
            <translation>数字小键盘</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="163" />
            <source>CapsLock</source>
            <translation>Caps Lock</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="164" />
            <source>Print</source>
            <translation>Print Screen</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="165" />
            <source>Space</source>
            <translation>空格键</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="166" />
            <source>Tab</source>
            <translation>Tab</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="167" />
            <source>Backspace</source>
            <translation>Backspace</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="168" />
            <source>Return</source>
            <translation>Enter</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="169" />
            <source>Enter</source>
            <translation>Enter</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="170" />
            <source>Home</source>
            <translation>Home</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="171" />
            <source>End</source>
            <translation>End</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="172" />
            <source>Up</source>
            <translation>上方向键</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="173" />
            <source>Down</source>
            <translation>下方向键</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="174" />
            <source>Left</source>
            <translation>左方向键</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="175" />
            <source>Right</source>
            <translation>右方向键</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="176" />
            <source>Comma</source>
            <translation>逗号</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="177" />
            <source>Plus</source>
            <translation>加号</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="178" />
            <source>Minus</source>
            <translation>减号</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="179" />
            <source>Equals</source>
            <translation>等号</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="180" />
            <source>Period</source>
            <translation>句点</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="187" />
            <source>no key</source>
            <translation>未设按键</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="193" />
            <source>{keys} plus {key}</source>
            <translation>{keys} 加 {key}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="205" />
            <source>Del</source>
            <translation>Del</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="206" />
            <source>Ins</source>
            <translation>Ins</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="223" />
            <source>Tab moves between controls</source>
            <translation>Tab 键用于在控件之间移动</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="224" />
            <source>Shift plus Tab moves back between controls</source>
            <translation>Shift 加 Tab 用于在控件之间往回移动</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="226" />
            <source>Enter activates the focused control</source>
            <translation>Enter 键用于激活当前控件</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="228" />
            <source>Space presses the focused button</source>
            <translation>空格键用于按下当前按钮</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="229" />
            <source>Escape closes dialogs and menus</source>
            <translation>Esc 键用于关闭对话框和菜单</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="230" />
            <source>the arrow keys move in lists and menus</source>
            <translation>方向键用于在列表和菜单中移动</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="234" />
            <source>Home and End move in lists and text</source>
            <translation>Home 和 End 键用于在列表和文本中移动</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="236" />
            <source>Page Up and Page Down move in lists and text</source>
            <translation>Page Up 和 Page Down 键用于在列表和文本中移动</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="242" />
            <source>the system switches windows with Alt plus Tab</source>
            <translation>系统用 Alt 加 Tab 切换窗口</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="243" />
            <source>the system switches windows with Alt plus Shift plus Tab</source>
            <translation>系统用 Alt 加 Shift 加 Tab 切换窗口</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="244" />
            <source>the system closes the window with Alt plus F4</source>
            <translation>系统用 Alt 加 F4 关闭窗口</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="245" />
            <source>Control plus Alt plus Delete belongs to the system</source>
            <translation>Ctrl 加 Alt 加 Delete 归系统使用</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="246" />
            <source>the system opens the task manager with Control plus Shift plus Escape</source>
            <translation>系统用 Ctrl 加 Shift 加 Esc 打开任务管理器</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="247" />
            <source>the system opens the start menu with Control plus Escape</source>
            <translation>系统用 Ctrl 加 Esc 打开开始菜单</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="248" />
            <source>the system switches windows with Alt plus Escape</source>
            <translation>系统用 Alt 加 Esc 切换窗口</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="249" />
            <source>the system opens the window menu with Alt plus Space</source>
            <translation>系统用 Alt 加空格键打开窗口菜单</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="250" />
            <source>the desktop opens its menu with Alt plus F1</source>
            <translation>桌面环境用 Alt 加 F1 打开菜单</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="251" />
            <source>the desktop opens its run dialog with Alt plus F2</source>
            <translation>桌面环境用 Alt 加 F2 打开运行对话框</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="252" />
            <source>the desktop opens a terminal with Control plus Alt plus T</source>
            <translation>桌面环境用 Ctrl 加 Alt 加 T 打开终端</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="253" />
            <source>Control plus Alt plus Backspace can stop the display server</source>
            <translation>Ctrl 加 Alt 加 Backspace 可能会关闭显示服务</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="254" />
            <source>Print Screen belongs to the system</source>
            <translation>Print Screen 键归系统使用</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="256" />
            <source>Control plus Alt plus N starts NVDA</source>
            <translation>Ctrl 加 Alt 加 N 用于启动 NVDA</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="257" />
            <source>Control plus Alt plus J starts JAWS</source>
            <translation>Ctrl 加 Alt 加 J 用于启动 JAWS</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="258" />
            <source>Control plus Alt plus S is the usual key to start a screen reader on some desktops</source>
            <translation>在一些桌面环境中，Ctrl 加 Alt 加 S 常用于启动读屏软件</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="267" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="268" />
            <source>&amp;Session</source>
            <translation>练习(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="269" />
            <source>Fee&amp;dback</source>
            <translation>反馈(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="270" />
            <source>&amp;View</source>
            <translation>查看(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="272" />
            <source>&amp;Review</source>
            <translation>复盘(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="273" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="306" />
            <source>Alt plus {letter} opens the {menu} menu</source>
            <translation>Alt 加 {letter} 用于打开“{menu}”菜单</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="312" />
            <source>Alt plus {letter} opens the {menu} menu when the app is in English</source>
            <translation>界面为英文时，Alt 加 {letter} 用于打开“{menu}”菜单</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="324" />
            <source>{key} is the screen reader key for NVDA, JAWS and Orca</source>
            <translation>{key} 是 NVDA、JAWS 和 Orca 的读屏键</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="325" />
            <source>{key} alone is a modifier; NVDA uses Control and Shift alone to stop and pause speech</source>
            <translation>{key} 单独按下只是修饰键；NVDA 用单独按下的 Ctrl 和 Shift 来停止和暂停朗读</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="329" />
            <source>Insert and Caps Lock combinations belong to the screen reader (NVDA, JAWS and Orca)</source>
            <translation>Insert 和 Caps Lock 组合键归读屏软件（NVDA、JAWS 和 Orca）使用</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="331" />
            <source>the number pad keys are screen reader commands in NVDA, JAWS and Orca desktop layout</source>
            <translation>在 NVDA、JAWS 和 Orca 的台式机键盘布局中，数字小键盘的按键是读屏命令</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="333" />
            <source>the Windows or Super key belongs to the system</source>
            <translation>Windows 键或 Super 键归系统使用</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="338" />
            <source>Control plus Alt plus F{number} switches to another console</source>
            <translation>Ctrl 加 Alt 加 F{number} 用于切换到另一个控制台</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="379" />
            <source>Review: {command}</source>
            <translation>复盘：{command}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="390" />
            <source>Start or stop &amp;recording</source>
            <translation>开始或停止录制(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="390" />
            <source>Start or stop recording.</source>
            <translation>开始或停止录制。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="392" />
            <source>Say &amp;elapsed time</source>
            <translation>播报已录时长(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="392" />
            <source>Say how long you have been recording.</source>
            <translation>播报已经录了多长时间。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="394" />
            <source>Drop a &amp;marker</source>
            <translation>添加标记(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="394" />
            <source>Mark this moment to look at later.</source>
            <translation>标记这一刻，方便以后回看。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="396" />
            <source>&amp;Try again</source>
            <translation>再来一遍(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="396" />
            <source>Clear the last attempt and get ready to record again.</source>
            <translation>清除上一遍，准备重新录制。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="398" />
            <source>&amp;Open script…</source>
            <translation>打开脚本(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="398" />
            <source>Choose the script to rehearse.</source>
            <translation>选择要排练的脚本。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="401" />
            <source>&amp;Analyse a recording…</source>
            <translation>分析录制文件(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="402" />
            <source>Choose a video or audio file made elsewhere and get feedback on it as on a rehearsal, with the script and market chosen here.</source>
            <translation>选择在别处录的视频或音频文件，按这里选好的脚本和市场，像排练一样获得反馈。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="404" />
            <source>&amp;Settings…</source>
            <translation>设置(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="405" />
            <source>Change the language, look, voice, devices, countdown, live cues and keys.</source>
            <translation>更改语言、外观、语音、设备、倒计时、实时提示和按键。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="407" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="407" />
            <source>Close Rehearsal Studio.</source>
            <translation>关闭 Rehearsal Studio。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="408" />
            <source>&amp;Next finding</source>
            <translation>下一条反馈(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="408" />
            <source>Go to the next piece of feedback and read it.</source>
            <translation>转到下一条反馈并朗读。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="410" />
            <source>&amp;Previous finding</source>
            <translation>上一条反馈(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="411" />
            <source>Go to the previous piece of feedback and read it.</source>
            <translation>转到上一条反馈并朗读。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="412" />
            <source>P&amp;lay from finding</source>
            <translation>从反馈处播放(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="413" />
            <source>Play the recording from the selected piece of feedback.</source>
            <translation>从所选反馈的位置开始播放录制内容。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="414" />
            <source>R&amp;epeat last message</source>
            <translation>重复上一条消息(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="414" />
            <source>Say the last message again.</source>
            <translation>把上一条消息再说一遍。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="416" />
            <source>&amp;Stop speaking</source>
            <translation>停止朗读(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="416" />
            <source>Stop the app's voice.</source>
            <translation>让应用语音停下来。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="417" />
            <source>Zoom &amp;in</source>
            <translation>放大(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="417" />
            <source>Make text and controls bigger, up to 200 percent.</source>
            <translation>放大文字和控件，最大到 200%。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="419" />
            <source>Zoom &amp;out</source>
            <translation>缩小(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="419" />
            <source>Make text and controls smaller, down to 100 percent.</source>
            <translation>缩小文字和控件，最小到 100%。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="421" />
            <source>&amp;Reset zoom</source>
            <translation>重置缩放(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="421" />
            <source>Set the zoom back to 100 percent.</source>
            <translation>把缩放恢复到 100%。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="423" />
            <source>Show or hide the &amp;teleprompter</source>
            <translation>显示或隐藏提词器(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="424" />
            <source>Show or hide the script text while you record.</source>
            <translation>录制时显示或隐藏脚本文字。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="425" />
            <source>Switch t&amp;heme</source>
            <translation>切换主题(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="426" />
            <source>Switch between the normal and the two high-contrast themes.</source>
            <translation>在标准主题和两种高对比度主题之间切换。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="427" />
            <source>&amp;Keyboard reference</source>
            <translation>键盘指南(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="427" />
            <source>Open the list of every command and its key.</source>
            <translation>打开所有命令及其按键的列表。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="429" />
            <source>&amp;About Rehearsal Studio</source>
            <translation>关于 Rehearsal Studio(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="429" />
            <source>Show the version and what the app does.</source>
            <translation>显示版本号和这个应用的用途。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="432" />
            <source>Session &amp;library…</source>
            <translation>练习库(&amp;L)…</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="433" />
            <source>Open the library of every recorded session; Enter on a session opens its review.</source>
            <translation>打开包含所有已录练习的练习库；在某次练习上按 Enter 可打开它的复盘。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="435" />
            <source>&amp;Progress…</source>
            <translation>进步情况(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="436" />
            <source>Show how the current trainee's scores changed over the sessions.</source>
            <translation>显示当前学员的各项分数在历次练习中的变化。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="437" />
            <source>&amp;Trainee profile…</source>
            <translation>学员资料(&amp;T)…</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="438" />
            <source>Edit the current trainee's name, language, market and pace.</source>
            <translation>编辑当前学员的姓名、语言、市场和语速。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="440" />
            <source>Attempt &amp;history…</source>
            <translation>练习历史(&amp;H)…</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="441" />
            <source>Hear and see your attempts on the current script and how your scores changed; Enter on an attempt shows its feedback.</source>
            <translation>查看和收听你用当前脚本做过的练习，以及分数的变化；在某次练习上按 Enter 可以查看它的反馈。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="443" />
            <source>&amp;Welcome guide</source>
            <translation>欢迎指南(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="444" />
            <source>Show and say the short guide to the app and its most important keys.</source>
            <translation>显示并朗读应用的简短指南和最重要的按键。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="452" />
            <source>&amp;Play or pause</source>
            <translation>播放或暂停(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="452" />
            <source>Play or pause the recording.</source>
            <translation>播放或暂停录制内容。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="453" />
            <source>&amp;Back five seconds</source>
            <translation>后退五秒(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="453" />
            <source>Jump back five seconds.</source>
            <translation>往回跳五秒。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="454" />
            <source>&amp;Forward five seconds</source>
            <translation>前进五秒(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="454" />
            <source>Jump forward five seconds.</source>
            <translation>往前跳五秒。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="455" />
            <source>&amp;Slower</source>
            <translation>放慢(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="455" />
            <source>Play more slowly, down to half speed.</source>
            <translation>放慢播放，最慢到一半速度。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="456" />
            <source>F&amp;aster</source>
            <translation>加快(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="456" />
            <source>Play faster, up to double speed.</source>
            <translation>加快播放，最快到两倍速度。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="458" />
            <source>Go to the next piece of feedback and play from it.</source>
            <translation>转到下一条反馈，并从那里开始播放。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="459" />
            <source>P&amp;revious finding</source>
            <translation>上一条反馈(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="460" />
            <source>Go to the previous piece of feedback and play from it.</source>
            <translation>转到上一条反馈，并从那里开始播放。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="461" />
            <source>Add &amp;comment</source>
            <translation>添加评语(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="461" />
            <source>Write a comment at the current moment.</source>
            <translation>在当前时间点写一条评语。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="462" />
            <source>Record &amp;voice note</source>
            <translation>录制语音评语(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="463" />
            <source>Start or stop a voice note at the current moment.</source>
            <translation>在当前时间点开始或停止录制语音评语。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="464" />
            <source>&amp;Dismiss finding</source>
            <translation>驳回反馈(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="465" />
            <source>Dismiss the selected finding, with the reason you typed.</source>
            <translation>驳回所选反馈，并附上你输入的理由。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="466" />
            <source>Say &amp;where</source>
            <translation>播报当前位置(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="466" />
            <source>Say the current time and speed.</source>
            <translation>播报当前时间和播放速度。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="467" />
            <source>Rule pac&amp;k…</source>
            <translation>规则包(&amp;K)…</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="468" />
            <source>Adjust the banned-claim rules for your centre, starting at the selected finding's rule.</source>
            <translation>调整本培训中心的违禁说法规则，从所选反馈对应的规则开始。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="470" />
            <source>E&amp;xport…</source>
            <translation>导出(&amp;X)…</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="471" />
            <source>Save this session as a report, scores, captions, every word with its time, or a bundle for another computer.</source>
            <translation>把这次练习保存为报告、评分、字幕、带时间的逐字文本，或可在另一台电脑上打开的练习包。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="524" />
            <source>there is no command called {command}</source>
            <translation>没有名为 {command} 的命令</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="543" />
            <source>{description} Key: {key}.</source>
            <translation>{description}按键：{key}。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="544" />
            <source>{description} No key.</source>
            <translation>{description}未设按键。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="560" />
            <source>single-key mode needs one key without Control, Alt or Shift</source>
            <translation>单键模式需要一个不带 Ctrl、Alt 或 Shift 的按键</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="564" />
            <source>{key} already does {command}</source>
            <translation>{key} 已用于“{command}”</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="576" />
            <source>{key} cannot be used for {command}: {reason}.</source>
            <translation>{key} 不能用于“{command}”：{reason}。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="609" />
            <source>the file does not hold an object</source>
            <translation>文件内容不是 JSON 对象</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="613" />
            <source>'{section}' is not an object</source>
            <translation>“{section}”不是 JSON 对象</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="618" />
            <source>The key settings file could not be read ({problem}); the default keys are used.</source>
            <translation>无法读取按键设置文件（{problem}），已改用默认按键。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="625" />
            <source>The saved keys had conflicts; the default keys are used for that layout.</source>
            <translation>保存的按键有冲突，这个布局已改用默认按键。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="651" />
            <source>Keyboard reference</source>
            <translation>键盘指南</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="655" />
            <source>Every command has a key. In **single-key mode** (Settings) every command is one key with no Control, Alt
or Shift; letter keys work when the focus is not in a text field. Keys can be changed in Settings; keys
that belong to your screen reader (Insert, Caps Lock, the number pad) or to the system are refused.</source>
            <translation>每个命令都有一个按键。在**单键模式**（在“设置”中开启）下，每个命令只用一个键，不带 Ctrl、Alt
或 Shift；焦点不在文本框里时，字母键才有效。按键可以在“设置”中更改；属于读屏软件的按键
（Insert、Caps Lock、数字小键盘）和属于系统的按键不能使用。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="659" />
            <source>Moving around: Tab and Shift+Tab move between controls, arrow keys move in lists and menus, Enter or
Space activates, Escape closes a dialog. Menus open with Alt and the underlined letter.</source>
            <translation>基本操作：Tab 和 Shift+Tab 在控件之间移动，方向键在列表和菜单中移动，Enter 或
空格键用于激活，Esc 关闭对话框。按 Alt 加带下划线的字母可以打开菜单。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="667" />
            <source>{menu} menu (Alt+{letter})</source>
            <translation>{menu}菜单（Alt+{letter}）</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="669" />
            <source>In the review window (Enter on a session in the library opens it)</source>
            <translation>复盘窗口中（在练习库里的某次练习上按 Enter 即可打开）</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="671" />
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="672" />
            <source>Command</source>
            <translation>命令</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="672" />
            <source>Key</source>
            <translation>按键</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="672" />
            <source>Single-key mode</source>
            <translation>单键模式</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="672" />
            <source>What it does</source>
            <translation>作用</translation>
        </message>
        <message>
            <location filename="../../studio/ui/announcer.py" line="38" />
            <source>Screen reader only</source>
            <translation>仅读屏软件</translation>
        </message>
        <message>
            <location filename="../../studio/ui/announcer.py" line="39" />
            <source>App voice only</source>
            <translation>仅应用语音</translation>
        </message>
        <message>
            <location filename="../../studio/ui/announcer.py" line="40" />
            <source>Screen reader and app voice</source>
            <translation>读屏软件和应用语音</translation>
        </message>
        <message>
            <location filename="../../studio/ui/announcer.py" line="119" />
            <source>The app voice could not speak: {error}</source>
            <translation>应用语音无法朗读：{error}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/app.py" line="47" />
            <source>Medical claim that platforms ban</source>
            <translation>平台禁止的医疗功效说法</translation>
        </message>
        <message>
            <location filename="../../studio/ui/app.py" line="48" />
            <source>cures hair loss</source>
            <translation>治疗脱发</translation>
        </message>
        <message>
            <location filename="../../studio/ui/app.py" line="48" />
            <source>may help your hair look fuller</source>
            <translation>有助于让头发看起来更浓密</translation>
        </message>
        <message>
            <location filename="../../studio/ui/app.py" line="49" />
            <source>You spoke fast here, about 190 words a minute</source>
            <translation>这里语速偏快，大约每分钟 190 字</translation>
        </message>
        <message>
            <location filename="../../studio/ui/app.py" line="50" />
            <source>Pause after the price</source>
            <translation>报完价格停一下</translation>
        </message>
        <message>
            <location filename="../../studio/ui/app.py" line="51" />
            <source>You said the price clearly</source>
            <translation>价格说得很清楚</translation>
        </message>
        <message>
            <location filename="../../studio/ui/app.py" line="52" />
            <source>only 99,000 dong</source>
            <translation>只要 99,000 越南盾</translation>
        </message>
        <message>
            <location filename="../../studio/ui/app.py" line="69" />
            <source>The app voice is not installed; messages go to the screen reader and the message list.</source>
            <translation>没有安装应用语音，消息会发送到读屏软件和消息列表。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/app.py" line="92" />
            <source>The app voice could not start ({error}); messages go to the screen reader and the message list.</source>
            <translation>应用语音无法启动（{error}），消息会发送到读屏软件和消息列表。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/app.py" line="241" />
            <source>1 recording was interrupted last time and can be recovered.</source>
            <translation>上次有 1 段录制中断了，可以恢复。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/app.py" line="242" />
            <source>{count} recordings were interrupted last time and can be recovered.</source>
            <translation>上次有 {count} 段录制中断了，可以恢复。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/app.py" line="267" />
            <source>Ready. Press {key} for the keyboard reference.</source>
            <translation>准备就绪。按 {key} 查看键盘指南。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/app.py" line="268" />
            <source>Ready.</source>
            <translation>准备就绪。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="69" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="107" />
            <source>Keyboard reference — {app}</source>
            <translation>键盘指南 — {app}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="109" />
            <source>Read-only. Every command and its key. Use the arrow keys to read.</source>
            <translation>只读。列出所有命令及其按键，用方向键阅读。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="133" />
            <source>About {app}</source>
            <translation>关于 {app}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="134" />
            <source>About</source>
            <translation>关于</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="136" />
            <source>{app} {version}.</source>
            <translation>{app} {version}。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="137" />
            <source>Rehearse selling on a livestream in private: record yourself, hear feedback on your pace, your script and claims that platforms ban.</source>
            <translation>私下练习直播带货：录下自己的讲解，听听关于语速、脚本和平台违禁说法的反馈。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="139" />
            <source>Everything stays on this computer. Free and open-source software.</source>
            <translation>所有内容都只保存在这台电脑上。这是免费的开源软件。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="209" />
            <source>Too &amp;fast</source>
            <translation>语速太快(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="210" />
            <source>While you record, the app tells you to slow down when you speak faster than your target pace.</source>
            <translation>录制时，如果你说得比目标语速快，应用会提醒你放慢。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="211" />
            <source>Dead air (&amp;silence)</source>
            <translation>冷场（沉默）(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="212" />
            <source>While you record, the app tells you when you are silent longer than the dead-air time above.</source>
            <translation>录制时，如果你沉默的时间超过上面设定的冷场时长，应用会提醒你。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="213" />
            <source>&amp;Banned claim</source>
            <translation>违禁说法(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="214" />
            <source>While you record, the app warns you right after you say a claim that platforms ban.</source>
            <translation>录制时，你一说出平台禁止的说法，应用就会马上提醒你。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="215" />
            <source>Talking point not &amp;yet covered</source>
            <translation>还没讲到的要点(&amp;Y)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="216" />
            <source>While you record, the app reminds you of a talking point from your script that you have not covered.</source>
            <translation>录制时，应用会提醒你脚本里还没讲到的要点。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="217" />
            <source>Viewer &amp;questions to answer</source>
            <translation>要回答的观众提问(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="218" />
            <source>While you record, pretend viewers ask questions, such as the price or the shipping, in the feedback language, about one a minute. Answer them out loud; the feedback says how fast you answered.</source>
            <translation>录制时，模拟观众会用反馈语言提问，比如价格或快递，大约每分钟一个。请大声回答；反馈会告诉你回答得有多快。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="303" />
            <source>Settings messages</source>
            <translation>设置消息</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="308" />
            <source>OK</source>
            <translation>确定</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="310" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="514" />
            <source>Settings — {app}</source>
            <translation>设置 — {app}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="515" />
            <source>Appearance and messages</source>
            <translation>外观和消息</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="517" />
            <source>&amp;Language:</source>
            <translation>语言(&amp;L):</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="518" />
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="520" />
            <source>The language of the app's menus, buttons and messages. It changes when you press OK.</source>
            <translation>应用菜单、按钮和消息所用的语言。按“确定”后生效。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="523" />
            <source>Follow the system</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="525" />
            <source>&amp;Theme:</source>
            <translation>主题(&amp;T):</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="526" />
            <source>Theme</source>
            <translation>主题</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="527" />
            <source>Colours of the app; two high-contrast themes.</source>
            <translation>应用的配色，其中有两种高对比度主题。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="531" />
            <source>&amp;Zoom:</source>
            <translation>缩放(&amp;Z):</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="532" />
            <source>Zoom</source>
            <translation>缩放</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="533" />
            <source>Size of text and controls, from 100 to 200 percent.</source>
            <translation>文字和控件的大小，从 100% 到 200%。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="535" />
            <source>&amp;Messages go to:</source>
            <translation>消息发送到(&amp;M):</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="536" />
            <source>Messages go to</source>
            <translation>消息发送到</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="537" />
            <source>Screen reader, the app's own voice, or both.</source>
            <translation>读屏软件、应用自带的语音，或者两者都用。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="541" />
            <source>Speech and sounds</source>
            <translation>语音和声音</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="542" />
            <source>Speech &amp;rate:</source>
            <translation>朗读速度(&amp;R):</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="543" />
            <source>Speech rate</source>
            <translation>朗读速度</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="544" />
            <source>Words a minute for the app's voice.</source>
            <translation>应用语音每分钟朗读的字数。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="545" />
            <source>Speech &amp;volume:</source>
            <translation>语音音量(&amp;V):</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="546" />
            <source>Speech volume</source>
            <translation>语音音量</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="547" />
            <source>How loud the app's voice is, from 0 to 100 percent.</source>
            <translation>应用语音的音量，从 0% 到 100%。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="548" />
            <source>Feedback lan&amp;guage:</source>
            <translation>反馈语言(&amp;G):</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="549" />
            <source>Feedback language</source>
            <translation>反馈语言</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="551" />
            <source>The language the app's voice speaks and your feedback is written in.</source>
            <translation>应用语音朗读和反馈内容使用的语言。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="553" />
            <source>Same as the interface</source>
            <translation>与界面相同</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="554" />
            <source>&amp;Earcon volume:</source>
            <translation>提示音音量(&amp;E):</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="555" />
            <source>Earcon volume</source>
            <translation>提示音音量</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="557" />
            <source>How loud the short sounds (earcons) are, for example when recording starts, from 0 to 100 percent.</source>
            <translation>短提示音（例如开始录制时的提示音）的音量，从 0% 到 100%。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="560" />
            <source>Recording</source>
            <translation>录制</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="562" />
            <source>M&amp;icrophone:</source>
            <translation>麦克风(&amp;I):</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="562" />
            <source>Microphone</source>
            <translation>麦克风</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="563" />
            <source>The microphone you record with. The system default is the computer's default microphone.</source>
            <translation>录制时使用的麦克风。系统默认就是电脑的默认麦克风。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="565" />
            <source>&amp;Camera:</source>
            <translation>摄像头(&amp;C):</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="565" />
            <source>Camera</source>
            <translation>摄像头</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="566" />
            <source>The camera you record with. The system default is the first camera; without a camera, takes record sound only.</source>
            <translation>录制时使用的摄像头。系统默认是第一个摄像头；没有摄像头时只录声音。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="568" />
            <source>Sound &amp;output:</source>
            <translation>声音输出(&amp;O):</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="568" />
            <source>Sound output</source>
            <translation>声音输出</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="569" />
            <source>The speaker or headphones the app speaks and plays its sounds on, and the pre-flight check plays its test tone on. The system default is the computer's default output.</source>
            <translation>应用朗读和播放提示音所用的扬声器或耳机，录制前检查也在这里播放测试音。系统默认就是电脑的默认输出设备。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="579" />
            <source>Cou&amp;ntdown:</source>
            <translation>倒计时(&amp;N):</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="580" />
            <source>Countdown</source>
            <translation>倒计时</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="582" />
            <source>Seconds counted down before recording starts, so you can get ready.</source>
            <translation>开始录制前倒数的秒数，让你有时间准备。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="586" />
            <source>No countdown</source>
            <translation>不倒计时</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="587" />
            <source>Check camera, microphone and s&amp;peaker before recording</source>
            <translation>录制前检查摄像头、麦克风和扬声器(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="589" />
            <source>Before each take the app checks your framing and light, your microphone and your speaker, and says what to fix.</source>
            <translation>每一遍录制前，应用会检查你的取景和光线、麦克风和扬声器，并告诉你需要调整什么。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="592" />
            <source>Dead &amp;air after:</source>
            <translation>停顿多久算冷场(&amp;A):</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="593" />
            <source>Dead air after</source>
            <translation>停顿多久算冷场</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="595" />
            <source>Seconds of silence that count as dead air, in live cues and in your feedback. From 1 to 30.</source>
            <translation>沉默多少秒算作冷场，用于录制时的提醒和反馈。范围是 1 到 30。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="598" />
            <source>{seconds} seconds</source>
            <translation>{seconds} 秒</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="602" />
            <source>Live cues while recording</source>
            <translation>录制时的实时提醒</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="607" />
            <source>Keys</source>
            <translation>按键</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="608" />
            <source>Single-&amp;key mode: every command is one key, no key combinations</source>
            <translation>单键模式(&amp;K)：每个命令只用一个键，不用组合键</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="610" />
            <source>For anyone who finds it hard to hold two keys at once. The keys below change with it.</source>
            <translation>适合不方便同时按住两个键的人。下面的按键会随之改变。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="614" />
            <source>{command}:</source>
            <translation>{command}:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="616" />
            <source>Restore &amp;default keys</source>
            <translation>恢复默认按键(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="617" />
            <source>Puts back the keys the app came with, for the key mode above.</source>
            <translation>把上面所选按键模式的按键恢复成应用原来的设置。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="628" />
            <source>System default microphone</source>
            <translation>系统默认麦克风</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="628" />
            <source>System default camera</source>
            <translation>系统默认摄像头</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="629" />
            <source>System default sound output</source>
            <translation>系统默认声音输出</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="632" />
            <source>{name} (camera {index})</source>
            <translation>{name}（摄像头 {index}）</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="634" />
            <source>{name} (not connected)</source>
            <translation>{name}（未连接）</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="665" />
            <source>The devices could not be listed ({error}); you can still use the system default.</source>
            <translation>无法列出设备（{error}）；你仍然可以使用系统默认设备。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="701" />
            <source>{command}: {key}.</source>
            <translation>{command}：{key}。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="703" />
            <source>{command}: no key.</source>
            <translation>{command}：未设按键。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="709" />
            <source>Default keys restored.</source>
            <translation>已恢复默认按键。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="40" />
            <source>Pace: {pace} syllables a minute.</source>
            <translation>语速：每分钟 {pace} 个音节。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="42" />
            <source>Pace: {pace} characters a minute.</source>
            <translation>语速：每分钟 {pace} 字。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="44" />
            <source>Pace: {pace} words a minute.</source>
            <translation>语速：每分钟 {pace} 个词。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="51" />
            <source>No banned claims.</source>
            <translation>没有违禁说法。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="52" />
            <source>1 banned claim.</source>
            <translation>1 句违禁说法。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="52" />
            <source>{count} banned claims.</source>
            <translation>{count} 句违禁说法。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="58" />
            <source>Attempt {number} of {total}, {date} at {time}.</source>
            <translation>第 {number} 次，共 {total} 次，{date} {time}。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="62" />
            <source>The analysis failed; the recording was kept.</source>
            <translation>分析失败了，录制内容已保留。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="63" />
            <source>Not analysed yet.</source>
            <translation>还没有分析。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="65" />
            <source>Pace: not measured.</source>
            <translation>语速：未测量。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="69" />
            <source>Script coverage: {percent} percent.</source>
            <translation>脚本覆盖率：{percent}%。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="71" />
            <source>Viewer questions answered: {percent} percent.</source>
            <translation>观众提问回答率：{percent}%。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="80" />
            <source>You have no free practice attempts yet.</source>
            <translation>你还没有做过自由练习。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="81" />
            <source>Free practice: 1 attempt.</source>
            <translation>自由练习：练了 1 次。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="82" />
            <source>Free practice: {count} attempts.</source>
            <translation>自由练习：练了 {count} 次。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="84" />
            <source>You have no attempts on {script} yet.</source>
            <translation>你还没有练过“{script}”。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="85" />
            <source>{script}: 1 attempt.</source>
            <translation>{script}：练了 1 次。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="85" />
            <source>{script}: {count} attempts.</source>
            <translation>{script}：练了 {count} 次。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="140" />
            <source>Attempt history: {script}</source>
            <translation>练习历史：{script}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="141" />
            <source>&amp;Trend:</source>
            <translation>趋势(&amp;T):</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="142" />
            <source>Trend</source>
            <translation>趋势</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="143" />
            <source>Read-only. How your scores changed over your attempts.</source>
            <translation>只读。你的分数在历次练习中的变化。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="145" />
            <source>&amp;Attempts:</source>
            <translation>练习记录(&amp;A):</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="146" />
            <source>Attempts</source>
            <translation>练习记录</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="148" />
            <source>One item per attempt, newest first. Enter shows that attempt's feedback and comments.</source>
            <translation>每项是一次练习，最新的在前。按 Enter 查看那次练习的反馈和评语。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="152" />
            <source>Show the &amp;feedback of this attempt</source>
            <translation>查看这次练习的反馈(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="154" />
            <source>Show the chosen attempt's feedback and comments in the main window.</source>
            <translation>在主窗口中显示所选练习的反馈和评语。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="72" />
            <source>Vietnam (Vietnamese)</source>
            <translation>越南（越南语）</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="73" />
            <source>China (Simplified Chinese)</source>
            <translation>中国（简体中文）</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="74" />
            <source>Indonesia (Indonesian)</source>
            <translation>印度尼西亚（印尼语）</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="75" />
            <source>United States (English)</source>
            <translation>美国（英语）</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="76" />
            <source>United Kingdom (English)</source>
            <translation>英国（英语）</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="80" />
            <source>Must fix</source>
            <translation>必须改</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="81" />
            <source>Needs evidence</source>
            <translation>需要证据</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="82" />
            <source>Check the fact</source>
            <translation>请核实</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="83" />
            <source>Warning</source>
            <translation>需要改进</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="84" />
            <source>Note</source>
            <translation>供参考</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="85" />
            <source>Well done</source>
            <translation>做得好</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="144" />
            <source>1 second</source>
            <translation>1 秒</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="146" />
            <source>1 minute 1 second</source>
            <translation>1 分 1 秒</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="146" />
            <source>1 minute {seconds} seconds</source>
            <translation>1 分 {seconds} 秒</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="148" />
            <source>{minutes} minutes 1 second</source>
            <translation>{minutes} 分 1 秒</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="148" />
            <source>{minutes} minutes {seconds} seconds</source>
            <translation>{minutes} 分 {seconds} 秒</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="159" />
            <source>{index} of {total}. {severity} at {time}:</source>
            <translation>第 {index} 条，共 {total} 条。{severity}，时间 {time}：</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="163" />
            <source>You said: “{quote}”.</source>
            <translation>你说的是：“{quote}”。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="165" />
            <source>Try: “{suggestion}”.</source>
            <translation>建议说：“{suggestion}”。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="174" />
            <source>{index} of {total}. {severity}. {sentence}</source>
            <translation>第 {index} 条，共 {total} 条。{severity}。{sentence}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="186" />
            <source>Voice note from {author} at {time}: {text}</source>
            <translation>{author} 在 {time} 的语音评语：{text}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="187" />
            <source>Voice note from {author} at {time}</source>
            <translation>{author} 在 {time} 的语音评语</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="189" />
            <source>Voice note at {time}: {text}</source>
            <translation>{time} 的语音评语：{text}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="189" />
            <source>Voice note at {time}</source>
            <translation>{time} 的语音评语</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="191" />
            <source>Comment from {author} at {time}: {text}</source>
            <translation>{author} 在 {time} 的评语：{text}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="193" />
            <source>Comment at {time}: {text}</source>
            <translation>{time} 的评语：{text}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="202" />
            <source>{title} — {app}</source>
            <translation>{title} — {app}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="300" />
            <source>Free practice (no script)</source>
            <translation>自由练习（无脚本）</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="304" />
            <source>&amp;Script:</source>
            <translation>脚本(&amp;S):</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="315" />
            <source>&amp;Market:</source>
            <translation>市场(&amp;M):</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="342" />
            <source>&amp;Feedback:</source>
            <translation>反馈(&amp;F):</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="354" />
            <source>Messages</source>
            <translation>消息</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="355" />
            <source>Messa&amp;ges:</source>
            <translation>消息(&amp;G):</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="477" />
            <source>{app}: rehearse your livestream</source>
            <translation>{app}：排练你的直播</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="478" />
            <source>Script</source>
            <translation>脚本</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="479" />
            <source>The script you will rehearse. Free practice has no script.</source>
            <translation>你要排练的脚本。自由练习不用脚本。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="482" />
            <source>Market</source>
            <translation>市场</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="483" />
            <source>The market whose rules on claims are checked.</source>
            <translation>检查说法时依据哪个市场的规则。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="489" />
            <source>Feedback</source>
            <translation>反馈</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="491" />
            <source>One item per piece of feedback. Enter plays the recording from that moment.</source>
            <translation>每一项是一条反馈。按 Enter 从那个时间点开始播放。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="496" />
            <source>Teleprompter</source>
            <translation>提词器</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="497" />
            <source>Read-only. The script text.</source>
            <translation>只读。脚本文字。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="547" />
            <source>Sounds are off: {error}</source>
            <translation>提示音已关闭：{error}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="557" />
            <source>Recording. Elapsed time: {time}</source>
            <translation>正在录制。已录时长：{time}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="557" />
            <source>Not recording. Elapsed time: {time}</source>
            <translation>未在录制。已录时长：{time}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="563" />
            <source>Stop recording</source>
            <translation>停止录制</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="563" />
            <source>Stop recording ({key})</source>
            <translation>停止录制（{key}）</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="565" />
            <source>Start recording</source>
            <translation>开始录制</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="565" />
            <source>Start recording ({key})</source>
            <translation>开始录制（{key}）</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="570" />
            <source>{app} — recording</source>
            <translation>{app} — 录制中</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="593" />
            <source>Recording started. Press {key} again to stop.</source>
            <translation>已开始录制。再按 {key} 停止。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="594" />
            <source>Recording started.</source>
            <translation>已开始录制。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="600" />
            <source>Recording stopped after {duration}.</source>
            <translation>录制已停止，时长 {duration}。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="608" />
            <source>Not recording yet.</source>
            <translation>还没有开始录制。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="610" />
            <source>Recording for {duration}.</source>
            <translation>已录制 {duration}。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="610" />
            <source>Last recording lasted {duration}.</source>
            <translation>上一次录制时长 {duration}。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="615" />
            <source>Markers can be dropped while recording. Start recording first.</source>
            <translation>标记只能在录制时添加，请先开始录制。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="622" />
            <source>Marker {number} at {time}.</source>
            <translation>标记 {number}，时间 {time}。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="650" />
            <source>Ready for another try. Press Start when you are ready.</source>
            <translation>可以再来一遍了。准备好后按“开始录制”。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="656" />
            <source>Script chooser. 1 script. Use the arrow keys to choose.</source>
            <translation>脚本选择框。共 1 个脚本，用方向键选择。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="657" />
            <source>Script chooser. {count} scripts. Use the arrow keys to choose.</source>
            <translation>脚本选择框。共 {count} 个脚本，用方向键选择。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="734" />
            <source>No feedback yet.</source>
            <translation>还没有反馈。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="738" />
            <source>1 piece of feedback. Press {key} for the next one.</source>
            <translation>共 1 条反馈。按 {key} 听下一条。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="739" />
            <source>{count} pieces of feedback. Press {key} for the next one.</source>
            <translation>共 {count} 条反馈。按 {key} 听下一条。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="741" />
            <source>1 piece of feedback.</source>
            <translation>共 1 条反馈。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="741" />
            <source>{count} pieces of feedback.</source>
            <translation>共 {count} 条反馈。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="748" />
            <source>1 comment from your instructor. Press {key} to hear it.</source>
            <translation>教师给你留了 1 条评语。按 {key} 收听。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="749" />
            <source>{count} comments from your instructor. Press {key} for the next one.</source>
            <translation>教师给你留了 {count} 条评语。按 {key} 听下一条。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="751" />
            <source>1 comment from your instructor.</source>
            <translation>教师给你留了 1 条评语。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="752" />
            <source>{count} comments from your instructor.</source>
            <translation>教师给你留了 {count} 条评语。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="764" />
            <source>Your instructor left 1 comment.</source>
            <translation>教师还给你留了 1 条评语。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="765" />
            <source>Your instructor left {count} comments.</source>
            <translation>教师还给你留了 {count} 条评语。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="785" />
            <source>There is no feedback yet. Record first.</source>
            <translation>还没有反馈，请先录制。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="793" />
            <source>That was the last piece of feedback.</source>
            <translation>这是最后一条反馈了。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="794" />
            <source>That was the first piece of feedback.</source>
            <translation>这是第一条反馈。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="805" />
            <source>Choose a piece of feedback first, with {key}.</source>
            <translation>请先按 {key} 选择一条反馈。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="806" />
            <source>Choose a piece of feedback first.</source>
            <translation>请先选择一条反馈。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="811" />
            <source>The voice note's file is missing, so it cannot be played.</source>
            <translation>找不到语音评语文件，无法播放。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="814" />
            <source>Playing the voice note.</source>
            <translation>正在播放语音评语。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="818" />
            <source>Playing from {time}.</source>
            <translation>从 {time} 开始播放。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="822" />
            <source>Nothing to repeat yet.</source>
            <translation>还没有可以重复的消息。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="830" />
            <source>Zoom {percent} percent.</source>
            <translation>缩放 {percent}%。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="842" />
            <source>Teleprompter shown.</source>
            <translation>已显示提词器。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="842" />
            <source>Teleprompter hidden.</source>
            <translation>已隐藏提词器。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="851" />
            <source>The script could not be read: {error}</source>
            <translation>无法读取脚本：{error}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="854" />
            <source>No script chosen. Choose a script to see its text here.</source>
            <translation>还没有选择脚本。选择脚本后，这里会显示脚本文字。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="860" />
            <source>Theme: {name}.</source>
            <translation>主题：{name}。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="887" />
            <source>Analysing a recording is not available: the rehearsal workflow is not running.</source>
            <translation>现在无法分析录制文件：排练流程没有运行。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="898" />
            <source>Video and audio files ({patterns})</source>
            <translation>视频和音频文件 ({patterns})</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="899" />
            <source>All files ({patterns})</source>
            <translation>所有文件 ({patterns})</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="900" />
            <source>Analyse a recording</source>
            <translation>分析录制文件</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="942" />
            <source>Analysing a recording</source>
            <translation>正在分析录制文件</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="943" />
            <source>File: {name}</source>
            <translation>文件：{name}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="945" />
            <source>Analysis progress</source>
            <translation>分析进度</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="948" />
            <source>Cancel analysis ({key})</source>
            <translation>取消分析 ({key})</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="950" />
            <source>Stop analysing this recording. Nothing is saved. The record key cancels too.</source>
            <translation>停止分析这个录制文件，不会保存任何内容。按录制键也可以取消。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="951" />
            <source>Cancel analysis</source>
            <translation>取消分析</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="979" />
            <source>This guide stays at the bottom of the window until you close it. Press {key} to go to it.</source>
            <translation>这份指南会一直留在窗口底部，直到你关闭它。按 {key} 可以跳到指南。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="980" />
            <source>This guide stays at the bottom of the window until you close it.</source>
            <translation>这份指南会一直留在窗口底部，直到你关闭它。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="999" />
            <source>Welcome guide closed.</source>
            <translation>已关闭欢迎指南。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="1016" />
            <source>Loading your attempts, one moment.</source>
            <translation>正在加载你的练习记录，请稍等。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="1047" />
            <source>Your attempts could not be read: {error}</source>
            <translation>无法读取你的练习记录：{error}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="1080" />
            <source>Stop the recording first, then open an earlier attempt.</source>
            <translation>请先停止录制，再打开以前的练习。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="1091" />
            <source>That attempt is no longer in the library.</source>
            <translation>练习库里已经没有这次练习了。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="1098" />
            <source>Feedback on your attempt of {date} at {time}.</source>
            <translation>你在 {date} {time} 那次练习的反馈。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="1109" />
            <source>The session library is not available: the session database could not be opened.</source>
            <translation>练习库无法使用：无法打开练习数据库。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="1245" />
            <source>Trainee profile saved: {name}.</source>
            <translation>学员资料已保存：{name}。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/charts.py" line="73" />
            <source>{name}: no values yet. The table next to the chart lists the values.</source>
            <translation>{name}：还没有数据。图表旁边的表格会列出数据。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/charts.py" line="80" />
            <source>{name}: 1 value, {value} at {label}.</source>
            <translation>{name}：1 个数据，{label} 为 {value}。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/charts.py" line="84" />
            <source>{name}: {count} values, from {first} at {first_label} to {last} at {last_label}; lowest {low} at {low_label}, highest {high} at {high_label}.</source>
            <translation>{name}：{count} 个数据，从 {first_label} 的 {first} 到 {last_label} 的 {last}；最低是 {low_label} 的 {low}，最高是 {high_label} 的 {high}。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/charts.py" line="100" />
            <source>Your range is {low} to {high}.</source>
            <translation>你的范围是 {low} 到 {high}。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/charts.py" line="103" />
            <source>The table next to the chart lists every value.</source>
            <translation>图表旁边的表格列出了所有数据。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/charts.py" line="159" />
            <source>Timeline of findings</source>
            <translation>反馈时间轴</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/charts.py" line="182" />
            <source>Recording of {duration}; no findings.</source>
            <translation>录制时长 {duration}，没有反馈。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/charts.py" line="184" />
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/charts.py" line="185" />
            <source>{time} {finding}</source>
            <translation>{time} {finding}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/charts.py" line="188" />
            <source>Recording of {duration} with 1 finding: {items}.</source>
            <translation>录制时长 {duration}，共 1 条反馈：{items}。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/charts.py" line="190" />
            <source>Recording of {duration} with {count} findings: {items}.</source>
            <translation>录制时长 {duration}，共 {count} 条反馈：{items}。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/charts.py" line="193" />
            <source>Left and Right arrows go to the previous and next finding.</source>
            <translation>用左、右方向键转到上一条和下一条反馈。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/common.py" line="16" />
            <source>pace</source>
            <translation>语速</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/common.py" line="17" />
            <source>dead air</source>
            <translation>冷场</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/common.py" line="18" />
            <source>filler</source>
            <translation>口头禅</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/common.py" line="19" />
            <source>stutter</source>
            <translation>重复</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/common.py" line="20" />
            <source>monologue</source>
            <translation>长时间独白</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/common.py" line="21" />
            <source>voice</source>
            <translation>声音</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/common.py" line="22" />
            <source>coverage</source>
            <translation>脚本覆盖</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/common.py" line="23" />
            <source>order</source>
            <translation>顺序</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/common.py" line="24" />
            <source>timing</source>
            <translation>时机</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/common.py" line="25" />
            <source>deixis</source>
            <translation>画面描述</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/common.py" line="26" />
            <source>claim</source>
            <translation>说法</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/common.py" line="27" />
            <source>disclaimer missing</source>
            <translation>缺少免责声明</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/common.py" line="28" />
            <source>framing</source>
            <translation>取景</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/common.py" line="29" />
            <source>comment</source>
            <translation>评语</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/common.py" line="30" />
            <source>viewer question</source>
            <translation>观众提问</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/common.py" line="36" />
            <source>warning</source>
            <translation>需要改进</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/common.py" line="37" />
            <source>info</source>
            <translation>供参考</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/common.py" line="38" />
            <source>praise</source>
            <translation>做得好</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/common.py" line="102" />
            <source>Scroll left</source>
            <translation>向左滚动</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/common.py" line="102" />
            <source>Scroll right</source>
            <translation>向右滚动</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="61" />
            <source>no report</source>
            <translation>无报告</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="61" />
            <source>{rate} a minute</source>
            <translation>每分钟 {rate}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="76" />
            <source>Trainee</source>
            <translation>学员</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="80" />
            <source>no script</source>
            <translation>无脚本</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="85" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="91" />
            <source>Duration</source>
            <translation>时长</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="95" />
            <source>Pace</source>
            <translation>语速</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="98" />
            <source>Coverage</source>
            <translation>覆盖率</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="104" />
            <source>Banned claims</source>
            <translation>违禁说法</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="105" />
            <source>not checked</source>
            <translation>未检查</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="110" />
            <source>Fillers</source>
            <translation>口头禅</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="111" />
            <source>not counted</source>
            <translation>未统计</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="143" />
            <source>Trainee {trainee}, Script {script}, Date {date}, Duration {duration}, Pace {pace}, Coverage {coverage}, Banned claims {claims}, Fillers {fillers}.</source>
            <translation>学员：{trainee}，脚本：{script}，日期：{date}，时长：{duration}，语速：{pace}，覆盖率：{coverage}，违禁说法：{claims}，口头禅：{fillers}。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="163" />
            <source>{column}: {value}</source>
            <translation>{column}：{value}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="312" />
            <source>Library messages</source>
            <translation>练习库消息</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="331" />
            <source>Session library</source>
            <translation>练习库</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="332" />
            <source>Trainee filter</source>
            <translation>学员筛选</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="333" />
            <source>Show the sessions of one trainee, or of everyone.</source>
            <translation>显示某位学员的练习，或者所有人的练习。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="336" />
            <source>T&amp;rainee:</source>
            <translation>学员(&amp;R):</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="338" />
            <source>Words said in the session. Case and accents are ignored. Results update as you type.</source>
            <translation>练习中说过的词语。不区分大小写和变音符号。结果会随输入即时更新。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="340" />
            <source>&amp;Search transcripts:</source>
            <translation>搜索文字记录(&amp;S):</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="342" />
            <source>Sessions. Arrow keys move; Enter opens the review; Delete deletes the session after you say yes. Column headers sort; Control plus Shift plus a column number sorts by that column.</source>
            <translation>练习列表。用方向键移动，按 Enter 打开复盘，按 Delete 在您确认后删除该练习。点击列标题可以排序；按 Ctrl 加 Shift 加列号，可以按该列排序。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="347" />
            <source>Sess&amp;ions:</source>
            <translation>练习(&amp;I):</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="350" />
            <source>&amp;Open review</source>
            <translation>打开复盘(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="350" />
            <source>Open the review of the selected session.</source>
            <translation>打开所选练习的复盘。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="351" />
            <source>Re&amp;fresh</source>
            <translation>刷新(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="351" />
            <source>Read the library again from the database.</source>
            <translation>从数据库重新读取练习库。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="353" />
            <source>Save the selected session as a report, scores, captions, every word with its time, or a bundle for another computer.</source>
            <translation>把选中的练习保存为报告、评分、字幕、带时间的逐字文本，或可在另一台电脑上打开的练习包。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="355" />
            <source>I&amp;mport a bundle…</source>
            <translation>导入练习包(&amp;M)…</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="356" />
            <source>Bring in a session bundle exported on another computer. A session already here is never overwritten.</source>
            <translation>导入在另一台电脑上导出的练习包。已有的练习绝不会被覆盖。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="358" />
            <source>&amp;Delete session…</source>
            <translation>删除练习(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="359" />
            <source>Delete the selected session with its recording, transcript, report and comments, after you say yes. The Delete key in the table does the same.</source>
            <translation>在您确认后，删除选中的练习及其录像、文字记录、报告和评语。在表格中按 Delete 键效果相同。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="374" />
            <source>Everyone</source>
            <translation>所有人</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="400" />
            <source>1 session shown for the search {query}.</source>
            <translation>搜索“{query}”，显示 1 次练习。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="402" />
            <source>{count} sessions shown for the search {query}.</source>
            <translation>搜索“{query}”，显示 {count} 次练习。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="405" />
            <source>1 session shown.</source>
            <translation>显示 1 次练习。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="405" />
            <source>{count} sessions shown.</source>
            <translation>显示 {count} 次练习。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="407" />
            <source>Sessions, {count} shown</source>
            <translation>练习列表，显示 {count} 次</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="426" />
            <source>Select a session first.</source>
            <translation>请先选择一次练习。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="446" />
            <source>the session of {trainee} on {date}, {script}</source>
            <translation>{trainee} 在 {date} 的练习（{script}）</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="450" />
            <source>Nothing was deleted.</source>
            <translation>没有删除任何内容。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="460" />
            <source>The session could not be deleted: {error}</source>
            <translation>无法删除练习：{error}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="469" />
            <source>Deleted {session}.</source>
            <translation>已删除{session}。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="498" />
            <source>The review cannot open: {error}</source>
            <translation>无法打开复盘：{error}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="38" />
            <source>English</source>
            <translation>英语</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="39" />
            <source>Vietnamese (Tiếng Việt)</source>
            <translation>越南语（Tiếng Việt）</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="40" />
            <source>Chinese (中文)</source>
            <translation>中文</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="41" />
            <source>Indonesian</source>
            <translation>印尼语</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="46" />
            <source>Dead air</source>
            <translation>冷场</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="47" />
            <source>Pauses</source>
            <translation>停顿</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="49" />
            <source>Stutters (repetitions)</source>
            <translation>字词重复</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="50" />
            <source>Long stretches without a call to action</source>
            <translation>长时间没有下单引导</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="51" />
            <source>Voice (pitch and loudness)</source>
            <translation>声音（音调和音量）</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="52" />
            <source>Script coverage</source>
            <translation>脚本覆盖率</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="53" />
            <source>Describing what viewers see</source>
            <translation>描述观众看到的画面</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="175" />
            <source>Edit trainee</source>
            <translation>编辑学员</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="175" />
            <source>Add trainee</source>
            <translation>添加学员</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="176" />
            <source>&amp;Name:</source>
            <translation>姓名(&amp;N):</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="178" />
            <source>The language the trainee rehearses and gets feedback in.</source>
            <translation>学员排练和接收反馈所用的语言。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="183" />
            <source>The market whose banned-claim rules apply.</source>
            <translation>适用哪个市场的违禁说法规则。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="185" />
            <source>&amp;Own pace range (instead of the language's)</source>
            <translation>自定语速范围(&amp;O)（不用该语言的默认范围）</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="186" />
            <source>Pace low, per minute</source>
            <translation>每分钟语速下限</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="187" />
            <source>Pace high, per minute</source>
            <translation>每分钟语速上限</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="188" />
            <source>Pace &amp;low (per minute):</source>
            <translation>每分钟语速下限(&amp;L):</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="189" />
            <source>Pace &amp;high (per minute):</source>
            <translation>每分钟语速上限(&amp;H):</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="190" />
            <source>Metrics (clear a box to switch the metric off for this trainee)</source>
            <translation>指标（取消勾选即可为这位学员关闭该指标）</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="193" />
            <source>Problems</source>
            <translation>问题</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="194" />
            <source>Read-only. What to fix before saving.</source>
            <translation>只读。保存前需要修改的地方。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="196" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="235" />
            <source>Cannot save: {problem}.</source>
            <translation>无法保存：{problem}。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="241" />
            <source>the trainee needs a name</source>
            <translation>请填写学员姓名</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="247" />
            <source>the pace range must go from a lower to a higher rate, not {low} to {high}</source>
            <translation>语速范围必须从低到高，不能是 {low} 到 {high}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/progress_view.py" line="40" />
            <source>Fillers per hundred words</source>
            <translation>每百字口头禅</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/progress_view.py" line="41" />
            <source>Long silences</source>
            <translation>长时间冷场</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/progress_view.py" line="42" />
            <source>Viewer questions answered</source>
            <translation>观众提问回答率</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/progress_view.py" line="46" />
            <source>Pace (words a minute)</source>
            <translation>语速（每分钟词数）</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/progress_view.py" line="47" />
            <source>Pace (syllables a minute)</source>
            <translation>语速（每分钟音节数）</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/progress_view.py" line="48" />
            <source>Pace (characters a minute)</source>
            <translation>语速（每分钟字数）</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/progress_view.py" line="142" />
            <source>Progress</source>
            <translation>进步情况</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/progress_view.py" line="144" />
            <source>Whose progress to show.</source>
            <translation>显示哪位学员的进步情况。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/progress_view.py" line="146" />
            <source>Progress summary</source>
            <translation>进步总结</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/progress_view.py" line="147" />
            <source>Read-only. How the scores moved.</source>
            <translation>只读。分数的变化情况。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/progress_view.py" line="148" />
            <source>S&amp;ummary:</source>
            <translation>总结(&amp;U):</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/progress_view.py" line="149" />
            <source>Progress metrics</source>
            <translation>进步指标</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/progress_view.py" line="150" />
            <source>Metric tabs</source>
            <translation>指标选项卡</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/progress_view.py" line="154" />
            <source>{metric} chart</source>
            <translation>{metric}图表</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/progress_view.py" line="156" />
            <source>{metric} table</source>
            <translation>{metric}表格</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/progress_view.py" line="157" />
            <source>{metric} per session, oldest first.</source>
            <translation>每次练习的{metric}，最早的在前。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/progress_view.py" line="165" />
            <source>Session</source>
            <translation>练习</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="86" />
            <source>T&amp;ranscript</source>
            <translation>文字记录(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="86" />
            <source>F&amp;indings</source>
            <translation>反馈(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="86" />
            <source>&amp;Comments</source>
            <translation>评语(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="86" />
            <source>P&amp;acing</source>
            <translation>语速(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="88" />
            <source>fast</source>
            <translation>偏快</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="88" />
            <source>slow</source>
            <translation>偏慢</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="88" />
            <source>in range</source>
            <translation>在范围内</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="130" />
            <source>there is no session with the id {id}; it may have been deleted</source>
            <translation>没有编号为 {id} 的练习，可能已被删除</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="135" />
            <source>Instructor</source>
            <translation>教师</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="242" />
            <source>Review messages</source>
            <translation>复盘消息</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="359" />
            <source>Pacing curve</source>
            <translation>语速曲线</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="380" />
            <source>Review: {trainee}, {script}, {date}</source>
            <translation>复盘：{trainee}，{script}，{date}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="386" />
            <source>Video of the session</source>
            <translation>练习视频</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="388" />
            <source>&amp;Back 5 s</source>
            <translation>后退5秒(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="389" />
            <source>&amp;Forward 5 s</source>
            <translation>前进5秒(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="390" />
            <source>×</source>
            <translation>×</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="391" />
            <source>Playback speed</source>
            <translation>播放速度</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="392" />
            <source>Sp&amp;eed:</source>
            <translation>速度(&amp;E):</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="393" />
            <source>&amp;Timeline:</source>
            <translation>时间轴(&amp;T):</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="395" />
            <source>Review panels</source>
            <translation>复盘面板</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="396" />
            <source>Review panel tabs</source>
            <translation>复盘面板选项卡</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="400" />
            <source>Transcript words</source>
            <translation>文字记录的词语</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="403" />
            <source>One word per line; the word being played is highlighted. Enter plays from the selected word.</source>
            <translation>每行一个词，正在播放的词会高亮显示。按 Enter 从所选的词开始播放。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="405" />
            <source>&amp;Words:</source>
            <translation>词语(&amp;W):</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="407" />
            <source>Report summary</source>
            <translation>报告总结</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="408" />
            <source>Read-only. The spoken summary of the report.</source>
            <translation>只读。报告的口头总结。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="410" />
            <source>Findings</source>
            <translation>反馈</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="412" />
            <source>Feedback in order of importance. Enter plays from two seconds before the finding.</source>
            <translation>反馈按重要程度排列。按 Enter 从这条反馈之前两秒开始播放。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="414" />
            <source>&amp;Findings:</source>
            <translation>反馈(&amp;F):</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="415" />
            <source>Why the selected finding is dismissed or overridden.</source>
            <translation>驳回所选反馈或对它提出异议的理由。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="416" />
            <source>Rea&amp;son:</source>
            <translation>理由(&amp;S):</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="418" />
            <source>&amp;Override finding</source>
            <translation>提出异议(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="420" />
            <source>Keep the finding but mark your different judgement, with the reason typed.</source>
            <translation>保留这条反馈，但标明你有不同的判断，并附上输入的理由。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="422" />
            <source>Rest&amp;ore finding</source>
            <translation>恢复反馈(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="423" />
            <source>Undo a dismissal or override.</source>
            <translation>撤销驳回或异议。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="425" />
            <source>Your comment; Enter adds it at the current moment.</source>
            <translation>你的评语；按 Enter 添加到当前时间点。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="426" />
            <source>Co&amp;mment:</source>
            <translation>评语(&amp;M):</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="427" />
            <source>&amp;Add comment at current time</source>
            <translation>在当前时间添加评语(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="429" />
            <source>Play voice &amp;note</source>
            <translation>播放语音评语(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="430" />
            <source>Play the selected comment's voice note.</source>
            <translation>播放所选评语附带的语音。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="431" />
            <source>Comments</source>
            <translation>评语</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="432" />
            <source>Comments in time order. Enter plays from the comment's moment.</source>
            <translation>评语按时间排列。按 Enter 从评语所在的时间点开始播放。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="433" />
            <source>Comment &amp;list:</source>
            <translation>评语列表(&amp;L):</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="435" />
            <source>Pacing table</source>
            <translation>语速表</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="436" />
            <source>The speaking rate per window of the recording; Enter plays it.</source>
            <translation>录制内容每个时间段的语速；按 Enter 播放该时间段。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="437" />
            <source>Pacing &amp;table:</source>
            <translation>语速表(&amp;T):</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="444" />
            <source>&amp;Pause</source>
            <translation>暂停(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="444" />
            <source>&amp;Play</source>
            <translation>播放(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="448" />
            <source>Stop &amp;voice note</source>
            <translation>停止语音评语(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="461" />
            <source>From {low} to {high} times, in steps of {step}. Keys: {slower} slower, {faster} faster.</source>
            <translation>从 {low} 倍到 {high} 倍，每次调整 {step}。按键：{slower} 放慢，{faster} 加快。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="476" />
            <source>No transcript yet.</source>
            <translation>还没有文字记录。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="484" />
            <source>No findings.</source>
            <translation>没有反馈。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="491" />
            <source>No comments yet.</source>
            <translation>还没有评语。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="505" />
            <source>This session has no report yet.</source>
            <translation>这次练习还没有报告。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="524" />
            <source>at {time}</source>
            <translation>时间 {time}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="538" />
            <source>{time}, {severity}: {finding}</source>
            <translation>{time}，{severity}：{finding}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="540" />
            <source>{time}, {severity}: {finding} (Dismissed by the instructor: {reason})</source>
            <translation>{time}，{severity}：{finding}（教师已驳回：{reason}）</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="542" />
            <source>{time}, {severity}: {finding} (Overridden by the instructor: {reason})</source>
            <translation>{time}，{severity}：{finding}（教师有异议：{reason}）</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="569" />
            <source>{time}, {author}: voice note</source>
            <translation>{time}，{author}：语音评语</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="571" />
            <source>{time}, {author}: {text} (with a voice note)</source>
            <translation>{time}，{author}：{text}（附语音评语）</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="572" />
            <source>{time}, {author}: {text}</source>
            <translation>{time}，{author}：{text}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="609" />
            <source>Window start</source>
            <translation>时间段开始</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="609" />
            <source>Verdict</source>
            <translation>评价</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="609" />
            <source>Rate ({unit} a minute)</source>
            <translation>语速（每分钟多少{unit}）</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="613" />
            <source>not enough speech</source>
            <translation>说话太少</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="616" />
            <source>not judged</source>
            <translation>未评价</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="639" />
            <source>This session has no recording to play. The transcript and findings still work.</source>
            <translation>这次练习没有可以播放的录制内容，但文字记录和反馈仍然可以使用。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="643" />
            <source>This session has no recording to play. It should be at {path}. The transcript and findings still work.</source>
            <translation>这次练习没有可以播放的录制内容，它本应在 {path}。文字记录和反馈仍然可以使用。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="653" />
            <source>The recording cannot be played: {error}.</source>
            <translation>无法播放录制内容：{error}。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="655" />
            <source>The recording cannot be played: unknown error.</source>
            <translation>无法播放录制内容：未知错误。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="661" />
            <source>End of the recording.</source>
            <translation>已播放到结尾。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="685" />
            <source>{position} of {duration}, speed {speed}×</source>
            <translation>{position} / {duration}，速度 {speed}×</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="716" />
            <source>Paused at {time}.</source>
            <translation>已在 {time} 暂停。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="726" />
            <source>Speed {speed} times.</source>
            <translation>速度 {speed} 倍。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="736" />
            <source>At {time} of {total}, speed {speed}.</source>
            <translation>现在在 {time}，总长 {total}，速度 {speed} 倍。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="794" />
            <source>Finding {number} of {count}. {finding}</source>
            <translation>第 {number} 条反馈，共 {count} 条。{finding}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="801" />
            <source>There are no findings in this session.</source>
            <translation>这次练习没有反馈。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="806" />
            <source>That was the last finding.</source>
            <translation>这是最后一条反馈了。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="806" />
            <source>That was the first finding.</source>
            <translation>这是第一条反馈。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="816" />
            <source>Type the comment for {time}, then press Enter.</source>
            <translation>请输入 {time} 处的评语，然后按 Enter。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="821" />
            <source>Type the comment first.</source>
            <translation>请先输入评语。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="829" />
            <source>Comment added at {time}.</source>
            <translation>已在 {time} 添加评语。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="840" />
            <source>Select a finding first.</source>
            <translation>请先选择一条反馈。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="846" />
            <source>Type the reason first, then dismiss or override again.</source>
            <translation>请先输入理由，再驳回或提出异议。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="852" />
            <source>Finding dismissed.</source>
            <translation>已驳回这条反馈。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="852" />
            <source>Finding overridden.</source>
            <translation>已对这条反馈提出异议。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="862" />
            <source>Finding restored.</source>
            <translation>已恢复这条反馈。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="879" />
            <source>Recording a voice note for {time}. Press the same key to stop.</source>
            <translation>正在为 {time} 处录制语音评语。再按一次同一个键停止。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="897" />
            <source>Voice note saved at {time}.</source>
            <translation>已在 {time} 保存语音评语。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="903" />
            <source>Select a comment with a voice note first.</source>
            <translation>请先选择一条附有语音的评语。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="907" />
            <source>The voice note file is missing: {name}.</source>
            <translation>找不到语音评语文件：{name}。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="160" />
            <source>Rule pack messages</source>
            <translation>规则包消息</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="182" />
            <source>Rule pack for {market}</source>
            <translation>{market} 的规则包</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="185" />
            <source>The market whose rules are shown and changed.</source>
            <translation>要查看和修改哪个市场的规则。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="186" />
            <source>Pro&amp;blems:</source>
            <translation>问题(&amp;B):</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="187" />
            <source>Problems in the centre's rule file</source>
            <translation>培训中心规则文件中的问题</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="189" />
            <source>Read-only. Entries of the centre's rule file that cannot be used, with the file and line.</source>
            <translation>只读。培训中心规则文件中无法使用的条目，附文件名和行号。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="191" />
            <source>&amp;Rules:</source>
            <translation>规则(&amp;R):</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="192" />
            <source>Rules</source>
            <translation>规则</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="195" />
            <source>One rule per line: its id, on or off, its severity, its category and what the centre changed. Alt+T turns the selected rule off or on, Alt+C changes its severity, Alt+A adds a phrase, Alt+N adds a new rule. Type the reason first (Alt+S).</source>
            <translation>每行一条规则：编号、开启或关闭、严格程度、类别，以及培训中心做过的修改。Alt+T 关闭或开启所选规则，Alt+C 更改严格程度，Alt+A 添加短语，Alt+N 添加新规则。请先输入理由（Alt+S）。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="201" />
            <source>Rule &amp;details:</source>
            <translation>规则详情(&amp;D):</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="202" />
            <source>Rule details</source>
            <translation>规则详情</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="204" />
            <source>Read-only. Why the selected rule matters, what to say instead and its phrases.</source>
            <translation>只读。所选规则为什么重要、建议说法以及它的短语。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="206" />
            <source>Rea&amp;son for the change:</source>
            <translation>修改理由(&amp;S):</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="207" />
            <source>Reason for the change</source>
            <translation>修改理由</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="208" />
            <source>Every change needs a reason; it is kept with the change.</source>
            <translation>每次修改都需要填写理由，理由会和修改一起保存。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="209" />
            <source>Se&amp;verity:</source>
            <translation>严格程度(&amp;V):</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="210" />
            <source>Severity</source>
            <translation>严格程度</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="211" />
            <source>The severity to give the selected rule; Alt+C applies it.</source>
            <translation>要给所选规则设定的严格程度；按 Alt+C 应用。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="214" />
            <source>&amp;Phrase:</source>
            <translation>短语(&amp;P):</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="215" />
            <source>Phrase to add</source>
            <translation>要添加的短语</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="218" />
            <source>Words the selected rule should also catch, as the trainee would say them. Enter adds the phrase.</source>
            <translation>所选规则还要标记的说法，按学员会说的原话填写。按 Enter 添加短语。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="221" />
            <source>Turn the selected rule off or back on for this centre, with the reason.</source>
            <translation>为本培训中心关闭或重新开启所选规则，并附上理由。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="222" />
            <source>&amp;Change severity</source>
            <translation>更改严格程度(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="223" />
            <source>Give the selected rule the chosen severity, with the reason.</source>
            <translation>把所选规则改为选定的严格程度，并附上理由。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="224" />
            <source>&amp;Add phrase</source>
            <translation>添加短语(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="225" />
            <source>Add the typed phrase to the selected rule, with the reason.</source>
            <translation>把输入的短语添加到所选规则，并附上理由。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="226" />
            <source>&amp;New rule…</source>
            <translation>新建规则(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="227" />
            <source>Add a rule of the centre's own: its phrases, category, severity and why.</source>
            <translation>添加培训中心自己的规则：短语、类别、严格程度和原因。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="229" />
            <source>C&amp;lose</source>
            <translation>关闭(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="230" />
            <source>Close the rule pack. Changes are already saved.</source>
            <translation>关闭规则包。修改已经保存。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="236" />
            <source>&amp;Turn on</source>
            <translation>开启(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="236" />
            <source>&amp;Turn off</source>
            <translation>关闭(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="241" />
            <source>No rules could be read.</source>
            <translation>无法读取任何规则。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="253" />
            <source>These entries of the centre's rule file are not used until they are fixed:</source>
            <translation>培训中心规则文件中的以下条目修正之前不会生效：</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="255" />
            <source>No problems.</source>
            <translation>没有问题。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="314" />
            <source>{count} rules for {market}.</source>
            <translation>{market} 共有 {count} 条规则。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="327" />
            <source>Select a rule first.</source>
            <translation>请先选择一条规则。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="332" />
            <source>Type the reason for this change first, then press the button again.</source>
            <translation>请先输入这次修改的理由，再按一次按钮。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="386" />
            <source>Type the phrase to add first.</source>
            <translation>请先输入要添加的短语。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="486" />
            <source>New centre rule for {market}</source>
            <translation>{market} 的新培训中心规则</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="487" />
            <source>&amp;Phrases (one per line):</source>
            <translation>短语(&amp;P)（每行一个）:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="488" />
            <source>Phrases</source>
            <translation>短语</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="490" />
            <source>The words the rule catches, one phrase per line, as a trainee would say them.</source>
            <translation>这条规则要标记的说法，每行一个短语，按学员会说的原话填写。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="492" />
            <source>&amp;Category:</source>
            <translation>类别(&amp;C):</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="493" />
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="500" />
            <source>&amp;Why it matters:</source>
            <translation>为什么重要(&amp;W):</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="501" />
            <source>Why it matters</source>
            <translation>为什么重要</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="502" />
            <source>Read to the trainee with each finding of this rule.</source>
            <translation>这条规则每次产生反馈时，都会读给学员听。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="503" />
            <source>What to say &amp;instead:</source>
            <translation>建议说法(&amp;I):</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="504" />
            <source>What to say instead</source>
            <translation>建议说法</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="505" />
            <source>A compliant rewording the trainee can say.</source>
            <translation>学员可以改用的合规说法。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="506" />
            <source>Rea&amp;son for the new rule:</source>
            <translation>新规则的理由(&amp;S):</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="507" />
            <source>Reason for the new rule</source>
            <translation>新规则的理由</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="511" />
            <source>Cannot save: {problem}</source>
            <translation>无法保存：{problem}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="512" />
            <source>Save ru&amp;le</source>
            <translation>保存规则(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="513" />
            <source>Save the rule; it applies to the next analysis.</source>
            <translation>保存规则，下次分析时生效。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="515" />
            <source>Close without adding a rule.</source>
            <translation>关闭，不添加规则。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="590" />
            <source>Adjust the banned-claim rules for your centre: turn a rule off, change its severity, add phrases.</source>
            <translation>为你的培训中心调整违禁说法规则：关闭规则、更改严格程度、添加短语。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/transfer.py" line="35" />
            <source>Report as a web page</source>
            <translation>网页格式的报告</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/transfer.py" line="36" />
            <source>Report as a PDF</source>
            <translation>PDF 格式的报告</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/transfer.py" line="37" />
            <source>Scores as a spreadsheet (CSV)</source>
            <translation>评分表格（CSV）</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/transfer.py" line="38" />
            <source>Captions (WebVTT)</source>
            <translation>字幕（WebVTT）</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/transfer.py" line="39" />
            <source>Captions (SRT)</source>
            <translation>字幕（SRT）</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/transfer.py" line="40" />
            <source>Every word with its time (JSON)</source>
            <translation>带时间的逐字文本（JSON）</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/transfer.py" line="41" />
            <source>Session bundle for another computer</source>
            <translation>用于另一台电脑的练习包</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/transfer.py" line="80" />
            <source>Export session</source>
            <translation>导出练习</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/transfer.py" line="103" />
            <source>Saved: {what}, as {path}.</source>
            <translation>已保存：{what}，文件为 {path}。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/transfer.py" line="108" />
            <source>The export did not work: {error}</source>
            <translation>导出失败：{error}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/transfer.py" line="111" />
            <source>Writing the session bundle, with the recording. This can take a moment.</source>
            <translation>正在写入练习包（含录像），可能需要一点时间。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/transfer.py" line="126" />
            <source>Import a session bundle</source>
            <translation>导入练习包</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/transfer.py" line="138" />
            <source>The session in {name} is already in this studio. Import it as a copy, with a new id, and keep both?</source>
            <translation>{name} 中的练习已在本工作室中。要以新编号导入为副本，两份都保留吗？</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/transfer.py" line="159" />
            <source>Imported the session {title}.</source>
            <translation>已导入练习 {title}。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/transfer.py" line="167" />
            <source>Nothing was imported: the session in {name} is already here.</source>
            <translation>未导入任何内容：{name} 中的练习已在这里。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/transfer.py" line="169" />
            <source>The import did not work: {error}</source>
            <translation>导入失败：{error}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/transfer.py" line="171" />
            <source>Checking the session bundle {name}.</source>
            <translation>正在检查练习包 {name}。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/transfer.py" line="179" />
            <source>Delete session</source>
            <translation>删除练习</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/transfer.py" line="180" />
            <source>Delete {session}, with its recording, transcript, report and comments? This cannot be undone.</source>
            <translation>要删除{session}及其录像、文字记录、报告和评语吗？此操作无法撤销。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/voice_note.py" line="89" />
            <source>No voice note is being recorded.</source>
            <translation>现在没有在录制语音评语。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/voice_note.py" line="94" />
            <source>Nothing was heard from {name}, so no voice note was saved. Check the microphone.</source>
            <translation>{name} 没有收到任何声音，所以没有保存语音评语。请检查麦克风。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/themes.py" line="37" />
            <source>Standard</source>
            <translation>标准</translation>
        </message>
        <message>
            <location filename="../../studio/ui/themes.py" line="38" />
            <source>High contrast, dark</source>
            <translation>高对比度，深色</translation>
        </message>
        <message>
            <location filename="../../studio/ui/themes.py" line="39" />
            <source>High contrast, light</source>
            <translation>高对比度，浅色</translation>
        </message>
        <message>
            <location filename="../../studio/ui/themes.py" line="98" />
            <source>there is no theme called {theme}</source>
            <translation>没有名为 {theme} 的主题</translation>
        </message>
        <message>
            <location filename="../../studio/ui/themes.py" line="100" />
            <source>the theme file is not valid JSON ({problem})</source>
            <translation>主题文件不是有效的 JSON（{problem}）</translation>
        </message>
        <message>
            <location filename="../../studio/ui/themes.py" line="103" />
            <source>the theme has no palette</source>
            <translation>主题没有调色板</translation>
        </message>
        <message>
            <location filename="../../studio/ui/themes.py" line="106" />
            <source>the colour {name} must be written like #1a2b3c, not {value}</source>
            <translation>颜色 {name} 必须写成 #1a2b3c 这样的格式，而不是 {value}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/themes.py" line="112" />
            <source>the theme has no colour {name} used by the style sheet</source>
            <translation>主题缺少样式表用到的颜色 {name}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/welcome.py" line="34" />
            <source>Welcome to {app}. Here you practise selling on a livestream: you talk as you would on camera, and the app listens, then tells you what went well and what to change.</source>
            <translation>欢迎使用 {app}。你可以在这里练习直播带货：像对着镜头直播一样说话，应用会认真听，然后告诉你哪里做得好、哪里需要改。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/welcome.py" line="37" />
            <source>Three keys matter most.</source>
            <translation>最重要的是这三个键。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/welcome.py" line="39" />
            <source>Press {key} to start recording, and press it again to stop.</source>
            <translation>按 {key} 开始录制，再按一次停止。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/welcome.py" line="40" />
            <source>{command} has no key now: give it one in the settings.</source>
            <translation>“{command}”现在没有按键，请在设置中为它设一个。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/welcome.py" line="42" />
            <source>After a recording, press {key} to hear the next piece of feedback.</source>
            <translation>录完以后，按 {key} 听下一条反馈。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/welcome.py" line="46" />
            <source>Press {key} at any time for the list of every command and its key.</source>
            <translation>随时按 {key}，可以查看所有命令及其按键。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/welcome.py" line="53" />
            <source>To open the settings, press {key}, or choose {command} in the {menu} menu. There you can change the keys, the theme, the zoom, the voice, the countdown and the language.</source>
            <translation>要打开设置，请按 {key}，或在“{menu}”菜单中选择“{command}”。在设置里可以更改按键、主题、缩放、语音、倒计时和语言。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/welcome.py" line="56" />
            <source>To open the settings, choose {command} in the {menu} menu. There you can change the keys, the theme, the zoom, the voice, the countdown and the language.</source>
            <translation>要打开设置，请在“{menu}”菜单中选择“{command}”。在设置里可以更改按键、主题、缩放、语音、倒计时和语言。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/welcome.py" line="65" />
            <source>Nothing here is timed: take as long as you need. To hear this guide again, press {key}, or choose {command} in the {menu} menu.</source>
            <translation>这里没有时间限制，慢慢来就好。想再听一遍这份指南，请按 {key}，或在“{menu}”菜单中选择“{command}”。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/welcome.py" line="68" />
            <source>Nothing here is timed: take as long as you need. To hear this guide again, choose {command} in the {menu} menu.</source>
            <translation>这里没有时间限制，慢慢来就好。想再听一遍这份指南，请在“{menu}”菜单中选择“{command}”。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/welcome.py" line="111" />
            <source>&amp;Welcome guide:</source>
            <translation>欢迎指南(&amp;W):</translation>
        </message>
        <message>
            <location filename="../../studio/ui/welcome.py" line="112" />
            <source>Welcome guide</source>
            <translation>欢迎指南</translation>
        </message>
        <message>
            <location filename="../../studio/ui/welcome.py" line="113" />
            <source>Read-only. What the app does and the keys that matter. Use the arrow keys to read.</source>
            <translation>只读。介绍应用的用途和最重要的按键，用方向键阅读。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/welcome.py" line="115" />
            <source>&amp;Close the guide</source>
            <translation>关闭指南(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/welcome.py" line="116" />
            <source>Hide the guide. Help, Welcome guide shows it again.</source>
            <translation>隐藏指南。在“帮助”菜单中选择“欢迎指南”可以再次打开。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/widgets.py" line="56" />
            <source>Microphone level</source>
            <translation>麦克风音量</translation>
        </message>
        <message>
            <location filename="../../studio/ui/widgets.py" line="74" />
            <source>not listening; the level shows while you record</source>
            <translation>未在监听；录制时会显示音量</translation>
        </message>
        <message>
            <location filename="../../studio/ui/widgets.py" line="76" />
            <source>{percent} percent, silent or very quiet</source>
            <translation>{percent}%，没有声音或声音很小</translation>
        </message>
        <message>
            <location filename="../../studio/ui/widgets.py" line="78" />
            <source>{percent} percent, too quiet, move closer or speak up</source>
            <translation>{percent}%，声音太小，请靠近一点或大声一点</translation>
        </message>
        <message>
            <location filename="../../studio/ui/widgets.py" line="80" />
            <source>{percent} percent, good</source>
            <translation>{percent}%，很好</translation>
        </message>
        <message>
            <location filename="../../studio/ui/widgets.py" line="82" />
            <source>{percent} percent, too loud, move back a little</source>
            <translation>{percent}%，声音太大，请往后一点</translation>
        </message>
        <message>
            <location filename="../../studio/ui/widgets.py" line="87" />
            <source>Microphone level: {level}.</source>
            <translation>麦克风音量：{level}。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/widgets.py" line="124" />
            <source>Key for {command}</source>
            <translation>“{command}”的按键</translation>
        </message>
        <message>
            <location filename="../../studio/ui/widgets.py" line="126" />
            <source>Press the new key for this command. Backspace removes the key. Tab moves to the next field.</source>
            <translation>请按下这个命令的新按键。按 Backspace 删除按键，按 Tab 转到下一项。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/widgets.py" line="200" />
            <source>{key}: {reason}.</source>
            <translation>{key}：{reason}。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/widgets.py" line="227" />
            <source>Read-only. Messages from the app, newest last. Use the arrow keys to read.</source>
            <translation>只读。应用发出的消息，最新的在最后。用方向键阅读。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="168" />
            <source>The recording could not start: {error}.</source>
            <translation>无法开始录制：{error}。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="181" />
            <source>The recording could not be analysed: {error}.</source>
            <translation>无法分析录制内容：{error}。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="248" />
            <source>The file {name} could not be analysed: {error}.</source>
            <translation>文件 {name} 无法分析：{error}。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="373" />
            <source>Skip the check</source>
            <translation>跳过检查</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="421" />
            <source>Starting the recording, one moment.</source>
            <translation>正在开始录制，请稍等。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="443" />
            <source>Get ready.</source>
            <translation>请准备。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="443" />
            <source>Get ready. Press {key} to start now.</source>
            <translation>请准备。按 {key} 立即开始。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="458" />
            <source>Checking the camera, the microphone and the speaker. Press {key} or Escape to skip the check.</source>
            <translation>正在检查摄像头、麦克风和扬声器。按 {key} 或 Esc 可以跳过检查。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="460" />
            <source>Checking the camera, the microphone and the speaker. Press Escape to skip the check.</source>
            <translation>正在检查摄像头、麦克风和扬声器。按 Esc 可以跳过检查。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="481" />
            <source>Microphone check: after this message, say a sentence, such as your product and its price, until you hear the result.</source>
            <translation>麦克风检查：这条提示之后，请说一句话，比如介绍你的产品和价格，直到听到检查结果。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="490" />
            <source>The check is done: everything is ready.</source>
            <translation>检查完成，一切就绪。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="495" />
            <source>The check found 1 thing to look at. To fix it first, press {key} during the countdown.</source>
            <translation>检查发现 1 个需要注意的问题。如果想先处理，请在倒计时期间按 {key}。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="497" />
            <source>The check found {count} things to look at. To fix them first, press {key} during the countdown.</source>
            <translation>检查发现 {count} 个需要注意的问题。如果想先处理，请在倒计时期间按 {key}。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="500" />
            <source>The check found 1 thing to look at.</source>
            <translation>检查发现 1 个需要注意的问题。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="501" />
            <source>The check found {count} things to look at.</source>
            <translation>检查发现 {count} 个需要注意的问题。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="510" />
            <source>Check skipped.</source>
            <translation>已跳过检查。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="592" />
            <source>Compared with your last attempt: {comparison}</source>
            <translation>和上一遍相比：{comparison}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="635" />
            <source>A recording is already being analysed. Press Escape or {key} to cancel it.</source>
            <translation>已经有一个录制文件正在分析。按 Esc 或 {key} 可以取消。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="637" />
            <source>A recording is already being analysed. Press Escape to cancel it.</source>
            <translation>已经有一个录制文件正在分析。按 Esc 可以取消。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="640" />
            <source>Still analysing the last attempt, one moment.</source>
            <translation>还在分析上一遍，请稍等。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="643" />
            <source>Stop the rehearsal first, then analyse a recording.</source>
            <translation>请先停止排练，再分析录制文件。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="647" />
            <source>Analysing a recording needs the session library, which could not be opened.</source>
            <translation>分析录制文件需要练习库，但练习库无法打开。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="651" />
            <source>No recording chosen.</source>
            <translation>没有选择录制文件。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="670" />
            <source>Analysing {name}. This can take a while; press Escape or {key} to cancel.</source>
            <translation>正在分析 {name}。这可能需要一些时间，按 Esc 或 {key} 可以取消。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="672" />
            <source>Analysing {name}. This can take a while; press Escape to cancel.</source>
            <translation>正在分析 {name}。这可能需要一些时间，按 Esc 可以取消。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="683" />
            <source>The analysis is almost done and its results are being saved, one moment.</source>
            <translation>分析快完成了，正在保存结果，请稍等。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="686" />
            <source>Analysis cancelled.</source>
            <translation>已取消分析。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="689" />
            <source>Recording did not start, because a recording was being analysed. Press {key} to start recording now.</source>
            <translation>没有开始录制，因为正在分析录制文件。按 {key} 立即开始录制。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="691" />
            <source>Recording did not start, because a recording was being analysed.</source>
            <translation>没有开始录制，因为正在分析录制文件。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="707" />
            <source>Loading the speech model…</source>
            <translation>正在加载语音识别模型…</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="709" />
            <source>Reading the file…</source>
            <translation>正在读取文件…</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="714" />
            <source>Transcribing: {percent} percent</source>
            <translation>正在转写：{percent}%</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="716" />
            <source>Transcribing: {percent} percent, less than a minute left</source>
            <translation>正在转写：{percent}%，还剩不到一分钟</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="718" />
            <source>Transcribing: {percent} percent, about 1 minute left</source>
            <translation>正在转写：{percent}%，还剩大约 1 分钟</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="720" />
            <source>Transcribing: {percent} percent, about {minutes} minutes left</source>
            <translation>正在转写：{percent}%，还剩大约 {minutes} 分钟</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="723" />
            <source>Analysing what was said…</source>
            <translation>正在分析说话内容…</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="724" />
            <source>Saving the session: {percent} percent</source>
            <translation>正在保存练习：{percent}%</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="820" />
            <source>Free practice: no script.</source>
            <translation>自由练习：不用脚本。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="840" />
            <source>The recording is still being saved. Try again in a moment.</source>
            <translation>录制内容还在保存中，请稍后再试。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="850" />
            <source>This attempt has no recording to play.</source>
            <translation>这次练习没有可以播放的录制内容。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="851" />
            <source>There is no recording to play yet. Record an attempt first.</source>
            <translation>还没有可以播放的录制内容，请先录一遍。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="860" />
            <source>Playback is not available here ({error}). Open the session in the review screen.</source>
            <translation>这里无法播放（{error}）。请在复盘窗口中打开这次练习。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="871" />
            <source>The voice note cannot be played here ({error}). Open the session in the review screen.</source>
            <translation>这里无法播放语音评语（{error}）。请在复盘窗口中打开这次练习。</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="884" />
            <source>Playback stopped: {error}</source>
            <translation>播放已停止：{error}</translation>
        </message>
        <message>
            <source>Sessions. Arrow keys move; Enter opens the review. Column headers sort; Control plus Shift plus a column number sorts by that column.</source>
            <translation type="vanished">练习列表。用方向键移动，按 Enter 打开复盘。点击列标题可以排序；按 Ctrl 加 Shift 加列号，可以按该列排序。</translation>
        </message>
        <message>
            <source>The speaker or headphones the pre-flight check plays its test tone on. The system default is the computer's default output.</source>
            <translation type="vanished">录制前检查时用来播放测试音的扬声器或耳机。系统默认就是电脑的默认输出设备。</translation>
        </message>
        <message>
            <source>Change keys, theme, zoom, where messages go and the speech rate.</source>
            <translation type="vanished">更改按键、主题、缩放、消息发送到哪里以及朗读速度。</translation>
        </message>
        <message>
            <source>&amp;Save rule</source>
            <translation type="vanished">保存规则(&amp;S)</translation>
        </message>
    </context>
</TS>
