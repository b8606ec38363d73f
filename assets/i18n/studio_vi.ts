<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
    <context>
        <name>studio</name>
        <message>
            <location filename="../../studio/cli/rules.py" line="143" />
            <source>{market}: {count} rules, {off} off. Centre file: {file} (revision {revision}).</source>
            <translation>{market}: {count} quy tắc, {off} quy tắc đang tắt. Tệp của trung tâm: {file} (bản sửa đổi {revision}).</translation>
        </message>
        <message>
            <location filename="../../studio/cli/rules.py" line="149" />
            <source>{market}: {count} rules as shipped; the centre has changed nothing yet.</source>
            <translation>{market}: {count} quy tắc như bản gốc; trung tâm chưa thay đổi gì.</translation>
        </message>
        <message>
            <location filename="../../studio/cli/rules.py" line="156" />
            <source>Problem in the centre's rule file: {problem}</source>
            <translation>Lỗi trong tệp quy tắc của trung tâm: {problem}</translation>
        </message>
        <message>
            <location filename="../../studio/core/claims/loader.py" line="410" />
            <source>There are no rules for the market '{market}'. Known markets: {known}.</source>
            <translation>Không có quy tắc nào cho thị trường '{market}'. Các thị trường hiện có: {known}.</translation>
        </message>
        <message>
            <location filename="../../studio/core/claims/overlay.py" line="211" />
            <source>cannot be read ({error})</source>
            <translation>không đọc được ({error})</translation>
        </message>
        <message>
            <location filename="../../studio/core/claims/overlay.py" line="243" />
            <source>the centre's rule file must be a set of 'name: value' lines</source>
            <translation>tệp quy tắc của trung tâm phải gồm các dòng 'name: value'</translation>
        </message>
        <message>
            <location filename="../../studio/core/claims/overlay.py" line="253" />
            <source>the field '{field}' is unknown and was left out. Known fields: {known}</source>
            <translation>trường '{field}' không xác định nên đã bị bỏ qua. Các trường hợp lệ: {known}</translation>
        </message>
        <message>
            <location filename="../../studio/core/claims/overlay.py" line="260" />
            <source>the field '{field}' is there twice; the first one is used</source>
            <translation>trường '{field}' xuất hiện hai lần; dùng trường đầu tiên</translation>
        </message>
        <message>
            <location filename="../../studio/core/claims/overlay.py" line="268" />
            <source>the 'schema: 1' line is missing; the file is read as version 1</source>
            <translation>thiếu dòng 'schema: 1'; tệp được đọc theo phiên bản 1</translation>
        </message>
        <message>
            <location filename="../../studio/core/claims/overlay.py" line="278" />
            <source>uses schema version {schema}; this studio reads version {version}, so none of the centre's changes are used</source>
            <translation>dùng định dạng phiên bản {schema}; ứng dụng này đọc phiên bản {version}, nên không thay đổi nào của trung tâm được áp dụng</translation>
        </message>
        <message>
            <location filename="../../studio/core/claims/overlay.py" line="292" />
            <source>is for the market '{named}', not {market}, so none of its changes are used</source>
            <translation>dành cho thị trường '{named}', không phải {market}, nên không thay đổi nào trong tệp được áp dụng</translation>
        </message>
        <message>
            <location filename="../../studio/core/claims/overlay.py" line="305" />
            <source>the revision must be a whole number, not '{value}'</source>
            <translation>số bản sửa đổi phải là số nguyên, không phải '{value}'</translation>
        </message>
        <message>
            <location filename="../../studio/core/claims/overlay.py" line="337" />
            <source>the rule '{rule}' is already turned off on line {line}; this entry is left out</source>
            <translation>quy tắc '{rule}' đã được tắt ở dòng {line}; mục này bị bỏ qua</translation>
        </message>
        <message>
            <location filename="../../studio/core/claims/overlay.py" line="351" />
            <source>the strictness of '{rule}' is already changed on line {line}; this entry is left out</source>
            <translation>mức nghiêm ngặt của '{rule}' đã được đổi ở dòng {line}; mục này bị bỏ qua</translation>
        </message>
        <message>
            <location filename="../../studio/core/claims/overlay.py" line="365" />
            <source>this phrase is already added to '{rule}' on line {line}; this entry is left out</source>
            <translation>cụm từ này đã được thêm vào '{rule}' ở dòng {line}; mục này bị bỏ qua</translation>
        </message>
        <message>
            <location filename="../../studio/core/claims/overlay.py" line="379" />
            <source>the centre rule id '{rule}' is already used on line {line}; this rule is left out</source>
            <translation>mã quy tắc trung tâm '{rule}' đã được dùng ở dòng {line}; quy tắc này bị bỏ qua</translation>
        </message>
        <message>
            <location filename="../../studio/core/claims/overlay.py" line="413" />
            <source>'{section}' must be a list, each entry starting with '- '; it was left out</source>
            <translation>'{section}' phải là một danh sách, mỗi mục bắt đầu bằng '- '; phần này đã bị bỏ qua</translation>
        </message>
        <message>
            <location filename="../../studio/core/claims/overlay.py" line="447" />
            <source>turning off '{rule}' needs a 'reason': why the centre turned it off</source>
            <translation>muốn tắt '{rule}' thì cần có 'reason': lý do trung tâm tắt quy tắc này</translation>
        </message>
        <message>
            <location filename="../../studio/core/claims/overlay.py" line="463" />
            <source>the strictness change of '{rule}' needs a 'reason': why the centre changed it</source>
            <translation>muốn đổi mức nghiêm ngặt của '{rule}' thì cần có 'reason': lý do trung tâm thay đổi</translation>
        </message>
        <message>
            <location filename="../../studio/core/claims/overlay.py" line="481" />
            <source>the phrase '{phrase}' is too short: a single character would flag ordinary speech</source>
            <translation>cụm từ '{phrase}' quá ngắn: chỉ một ký tự thì lời nói bình thường cũng sẽ bị đánh dấu</translation>
        </message>
        <message>
            <location filename="../../studio/core/claims/overlay.py" line="486" />
            <source>the phrase is empty</source>
            <translation>cụm từ đang trống</translation>
        </message>
        <message>
            <location filename="../../studio/core/claims/overlay.py" line="526" />
            <source>the centre rule id '{rule}' must start with '{prefix}', so it never clashes with a shipped rule</source>
            <translation>mã quy tắc trung tâm '{rule}' phải bắt đầu bằng '{prefix}', để không bao giờ trùng với quy tắc có sẵn</translation>
        </message>
        <message>
            <location filename="../../studio/core/claims/overlay.py" line="533" />
            <source>the centre rule '{rule}' must be for {market} in the language '{language}' (leave out 'language' and 'markets')</source>
            <translation>quy tắc trung tâm '{rule}' phải dành cho {market} bằng ngôn ngữ '{language}' (hãy bỏ 'language' và 'markets')</translation>
        </message>
        <message>
            <location filename="../../studio/core/claims/overlay.py" line="599" />
            <source>the centre rule id '{rule}' is already used by a shipped rule; give it another id</source>
            <translation>mã quy tắc trung tâm '{rule}' đã được một quy tắc có sẵn dùng; hãy đặt mã khác</translation>
        </message>
        <message>
            <location filename="../../studio/core/claims/overlay.py" line="616" />
            <source>no rule pack has a rule '{rule}' (was it renamed?); this entry is left out</source>
            <translation>không bộ quy tắc nào có quy tắc '{rule}' (có thể đã bị đổi tên?); mục này bị bỏ qua</translation>
        </message>
        <message>
            <location filename="../../studio/core/errors.py" line="33" />
            <source>The file {name}: {message}</source>
            <translation>Tệp {name}: {message}</translation>
        </message>
        <message>
            <location filename="../../studio/core/errors.py" line="34" />
            <source>The file {name}, line {line}: {message}</source>
            <translation>Tệp {name}, dòng {line}: {message}</translation>
        </message>
        <message>
            <location filename="../../studio/core/framing.py" line="80" />
            <source>I cannot see your face. Sit facing the camera, close enough to fill about a quarter of the picture's width, with light on your face.</source>
            <translation>Camera không thấy mặt bạn. Hãy ngồi đối diện camera, đủ gần để mặt chiếm khoảng một phần tư chiều ngang khung hình, và có ánh sáng chiếu vào mặt.</translation>
        </message>
        <message>
            <location filename="../../studio/core/framing.py" line="87" />
            <source>You are too close to the camera. Move back a little.</source>
            <translation>Bạn ở quá gần camera. Hãy lùi ra một chút.</translation>
        </message>
        <message>
            <location filename="../../studio/core/framing.py" line="90" />
            <source>You are far from the camera. Move closer.</source>
            <translation>Bạn ở xa camera. Hãy lại gần hơn.</translation>
        </message>
        <message>
            <location filename="../../studio/core/framing.py" line="97" />
            <source>Your face is left of centre. Move right a little.</source>
            <translation>Mặt bạn đang lệch sang trái. Hãy dịch sang phải một chút.</translation>
        </message>
        <message>
            <location filename="../../studio/core/framing.py" line="100" />
            <source>Your face is right of centre. Move left a little.</source>
            <translation>Mặt bạn đang lệch sang phải. Hãy dịch sang trái một chút.</translation>
        </message>
        <message>
            <location filename="../../studio/core/framing.py" line="104" />
            <source>Your face is near the top of the picture. Lower the camera or sit a little lower.</source>
            <translation>Mặt bạn đang ở sát mép trên khung hình. Hãy hạ camera xuống hoặc ngồi thấp xuống một chút.</translation>
        </message>
        <message>
            <location filename="../../studio/core/framing.py" line="107" />
            <source>Your face is low in the picture. Raise the camera or sit up a little.</source>
            <translation>Mặt bạn đang ở thấp trong khung hình. Hãy nâng camera lên hoặc ngồi thẳng lên một chút.</translation>
        </message>
        <message>
            <location filename="../../studio/core/framing.py" line="110" />
            <source>Your face is well placed in the picture.</source>
            <translation>Mặt bạn nằm ở vị trí đẹp trong khung hình.</translation>
        </message>
        <message>
            <location filename="../../studio/core/framing.py" line="119" />
            <source>The picture is dark. Turn on a light or face a window.</source>
            <translation>Hình hơi tối. Hãy bật đèn hoặc quay mặt về phía cửa sổ.</translation>
        </message>
        <message>
            <location filename="../../studio/core/framing.py" line="121" />
            <source>The picture is too bright. Move away from the window or dim the light.</source>
            <translation>Hình quá sáng. Hãy tránh xa cửa sổ hoặc giảm bớt đèn.</translation>
        </message>
        <message>
            <location filename="../../studio/core/framing.py" line="123" />
            <source>The light is good.</source>
            <translation>Ánh sáng tốt.</translation>
        </message>
        <message>
            <location filename="../../studio/core/framing.py" line="134" />
            <source>I hear nothing from the microphone. Check that it is connected and not muted.</source>
            <translation>Micrô không thu được âm thanh nào. Hãy kiểm tra micrô đã được cắm và không bị tắt tiếng.</translation>
        </message>
        <message>
            <location filename="../../studio/core/framing.py" line="137" />
            <source>Your voice is too loud for the microphone. Move it a little further away or turn its level down.</source>
            <translation>Giọng bạn quá to so với micrô. Hãy để micrô xa hơn một chút hoặc giảm mức thu.</translation>
        </message>
        <message>
            <location filename="../../studio/core/framing.py" line="140" />
            <source>The room is noisy. Close the window or move somewhere quieter.</source>
            <translation>Phòng đang ồn. Hãy đóng cửa sổ hoặc chuyển sang chỗ yên tĩnh hơn.</translation>
        </message>
        <message>
            <location filename="../../studio/core/framing.py" line="143" />
            <source>Your voice is quiet. Speak up or move closer to the microphone.</source>
            <translation>Giọng bạn hơi nhỏ. Hãy nói to hơn hoặc lại gần micrô hơn.</translation>
        </message>
        <message>
            <location filename="../../studio/core/framing.py" line="145" />
            <source>Good level. The microphone hears you clearly.</source>
            <translation>Mức âm tốt. Micrô nghe bạn rõ.</translation>
        </message>
        <message>
            <location filename="../../studio/services/audio_out.py" line="205" />
            <source>{problem} The app speaks on the default sound output.</source>
            <translation>{problem} Ứng dụng sẽ đọc qua thiết bị phát mặc định.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/audio.py" line="78" />
            <source>The default microphone</source>
            <translation>Micrô mặc định</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/audio.py" line="79" />
            <source>The microphone {name}</source>
            <translation>Micrô {name}</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/camera.py" line="95" />
            <source>The video file {path} does not exist.</source>
            <translation>Tệp video {path} không tồn tại.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/devices.py" line="89" />
            <source>Camera {index}</source>
            <translation>Camera {index}</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/devices.py" line="143" />
            <source>More than one microphone matches {name}: {matches}.</source>
            <translation>Có nhiều micrô khớp với {name}: {matches}.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/devices.py" line="145" />
            <source>More than one speaker matches {name}: {matches}.</source>
            <translation>Có nhiều loa khớp với {name}: {matches}.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/devices.py" line="148" />
            <source>There is no microphone called {name}. The microphones found are: {names}.</source>
            <translation>Không có micrô nào tên {name}. Các micrô tìm thấy: {names}.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/devices.py" line="149" />
            <source>There is no microphone called {name}. The microphones found are: none.</source>
            <translation>Không có micrô nào tên {name}. Không tìm thấy micrô nào.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/devices.py" line="151" />
            <source>There is no speaker called {name}. The speakers found are: {names}.</source>
            <translation>Không có loa nào tên {name}. Các loa tìm thấy: {names}.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/devices.py" line="152" />
            <source>There is no speaker called {name}. The speakers found are: none.</source>
            <translation>Không có loa nào tên {name}. Không tìm thấy loa nào.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/encoder.py" line="88" />
            <source>The video encoder could not start: {problem}</source>
            <translation>Không khởi động được bộ mã hóa video: {problem}</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/encoder.py" line="122" />
            <source>The video encoder stopped unexpectedly.</source>
            <translation>Bộ mã hóa video bị dừng đột ngột.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/encoder.py" line="215" />
            <source>There is nothing to save: no pictures and no sound were recorded.</source>
            <translation>Không có gì để lưu: chưa ghi được hình ảnh hay âm thanh nào.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/encoder.py" line="241" />
            <source>The recording could not be saved as {name}: {problem}</source>
            <translation>Không lưu được bản ghi thành {name}: {problem}</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/faces.py" line="57" />
            <source>The face finder's model file is missing, so the camera check cannot look for your face. Install the opencv-data package.</source>
            <translation>Thiếu tệp mô hình nhận diện khuôn mặt, nên phần kiểm tra camera không thể tìm mặt bạn. Hãy cài gói opencv-data.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/preflight.py" line="106" />
            <source>The default microphone could not be tested: {error}</source>
            <translation>Không kiểm tra được micrô mặc định: {error}</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/preflight.py" line="108" />
            <source>The microphone {name} could not be tested: {error}</source>
            <translation>Không kiểm tra được micrô {name}: {error}</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/preflight.py" line="147" />
            <source>The speaker test failed: no sound could be played. Check the speaker or headphones and the chosen output.</source>
            <translation>Kiểm tra loa không thành công: không phát được âm thanh. Hãy kiểm tra loa hoặc tai nghe và thiết bị phát đã chọn.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/preflight.py" line="150" />
            <source>A short tone was played. If you did not hear it, check the volume and the chosen speaker.</source>
            <translation>Vừa phát một tiếng bíp ngắn. Nếu bạn không nghe thấy, hãy kiểm tra âm lượng và loa đã chọn.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recorder.py" line="164" />
            <source>The frame rate must be a positive number.</source>
            <translation>Tốc độ khung hình phải là số dương.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recorder.py" line="241" />
            <source>This recorder has already been used; make a new one for the next take.</source>
            <translation>Bộ ghi này đã được dùng rồi; hãy tạo bộ ghi mới cho buổi tập tiếp theo.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recorder.py" line="255" />
            <source>The default microphone could not start: {error}</source>
            <translation>Không mở được micrô mặc định: {error}</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recorder.py" line="257" />
            <source>The microphone {name} could not start: {error}</source>
            <translation>Không mở được micrô {name}: {error}</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recorder.py" line="262" />
            <source>No sound arrived from the default microphone within {seconds} seconds. Check that it is connected and not used by another program.</source>
            <translation>Không nhận được âm thanh từ micrô mặc định trong {seconds} giây. Hãy kiểm tra micrô đã được cắm và không bị chương trình khác sử dụng.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recorder.py" line="265" />
            <source>No sound arrived from the microphone {name} within {seconds} seconds. Check that it is connected and not used by another program.</source>
            <translation>Không nhận được âm thanh từ micrô {name} trong {seconds} giây. Hãy kiểm tra micrô đã được cắm và không bị chương trình khác sử dụng.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recorder.py" line="270" />
            <source>There is no camera, so this rehearsal records sound only.</source>
            <translation>Không có camera, nên buổi tập này chỉ ghi âm thanh.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recorder.py" line="287" />
            <source>The recorder is not recording.</source>
            <translation>Bộ ghi hiện không ghi.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recorder.py" line="314" />
            <source>{problem} The sound was saved without the pictures.</source>
            <translation>{problem} Âm thanh đã được lưu, không kèm hình ảnh.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recorder.py" line="362" />
            <source>There is not enough free disk space to record: {free} megabytes free, about {need} needed. Delete old recordings or choose another folder.</source>
            <translation>Ổ đĩa không đủ chỗ trống để ghi: còn trống {free} megabyte, cần khoảng {need}. Hãy xóa bớt bản ghi cũ hoặc chọn thư mục khác.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recorder.py" line="428" />
            <source>The sound card reported a glitch; a few samples may be lost.</source>
            <translation>Card âm thanh báo có trục trặc; có thể mất một chút âm thanh.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recorder.py" line="444" />
            <source>A listener of the sound stopped working: {error}</source>
            <translation>Một bộ xử lý âm thanh đã ngừng hoạt động: {error}</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recorder.py" line="447" />
            <source>Sound is arriving from the microphone.</source>
            <translation>Đang nhận âm thanh từ micrô.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recorder.py" line="468" />
            <source>The camera stopped sending pictures. Recording continues with sound only.</source>
            <translation>Camera đã ngừng gửi hình. Việc ghi vẫn tiếp tục, chỉ có âm thanh.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recorder.py" line="480" />
            <source>Pictures are arriving from {camera}.</source>
            <translation>Đang nhận hình từ {camera}.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recorder.py" line="531" />
            <source>The computer is busy; the video now uses faster, lower-quality encoding ({preset}). Sound is not affected.</source>
            <translation>Máy tính đang bận; video chuyển sang cách mã hóa nhanh hơn nhưng chất lượng thấp hơn ({preset}). Âm thanh không bị ảnh hưởng.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recorder.py" line="542" />
            <source>{problem} Recording continues with sound only.</source>
            <translation>{problem} Việc ghi vẫn tiếp tục, chỉ có âm thanh.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recorder.py" line="563" />
            <source>The microphone stopped sending sound. The recording was stopped and what was recorded is kept.</source>
            <translation>Micrô đã ngừng gửi âm thanh. Việc ghi đã dừng và phần đã ghi vẫn được giữ lại.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recorder.py" line="573" />
            <source>The disk is almost full, so the recording was stopped and saved.</source>
            <translation>Ổ đĩa gần đầy, nên việc ghi đã dừng và bản ghi đã được lưu.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recovery.py" line="57" />
            <source>The capture description was missing; assumed 48 kHz mono sound.</source>
            <translation>Thiếu thông tin mô tả bản ghi; tạm coi là âm thanh mono 48 kHz.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recovery.py" line="59" />
            <source>The capture description is damaged: {error}</source>
            <translation>Thông tin mô tả bản ghi bị hỏng: {error}</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recovery.py" line="72" />
            <source>The pictures could not be read; only the sound was recovered.</source>
            <translation>Không đọc được phần hình; chỉ khôi phục được âm thanh.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recovery.py" line="74" />
            <source>1 part of the video could not be read; only the sound was recovered for it.</source>
            <translation>Không đọc được 1 đoạn video; với đoạn đó chỉ khôi phục được âm thanh.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recovery.py" line="76" />
            <source>{count} parts of the video could not be read; only the sound was recovered for them.</source>
            <translation>Không đọc được {count} đoạn video; với các đoạn đó chỉ khôi phục được âm thanh.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recovery.py" line="79" />
            <source>The folder holds no recorded sound or pictures to recover.</source>
            <translation>Thư mục này không có âm thanh hay hình ảnh đã ghi nào để khôi phục.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recovery.py" line="83" />
            <source>The start times were not saved; sound and picture may be slightly out of step.</source>
            <translation>Thời điểm bắt đầu không được lưu; âm thanh và hình có thể hơi lệch nhau.</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="105" />
            <source>'{value}' is not a strictness; use BLOCK, NEEDS-EVIDENCE or VERIFY-FACT</source>
            <translation>'{value}' không phải là mức nghiêm ngặt; hãy dùng BLOCK, NEEDS-EVIDENCE hoặc VERIFY-FACT</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="115" />
            <source>Give the reason for this change: the next instructor will want to know why.</source>
            <translation>Hãy ghi lý do cho thay đổi này: giảng viên sau sẽ muốn biết tại sao.</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="123" />
            <source>The market {market} has no rule '{rule}'. List its rules with: studio rules {market} --list</source>
            <translation>Thị trường {market} không có quy tắc '{rule}'. Xem danh sách quy tắc bằng lệnh: studio rules {market} --list</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="215" />
            <source>Give at least one phrase the rule should catch.</source>
            <translation>Hãy nhập ít nhất một cụm từ mà quy tắc cần phát hiện.</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="223" />
            <source>'{category}' is not a claim category. Known categories: {known}</source>
            <translation>'{category}' không phải là loại câu nói quảng cáo. Các loại hiện có: {known}</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="229" />
            <source>Say why the claim matters: the trainee hears it with the finding.</source>
            <translation>Hãy nói vì sao câu nói này quan trọng: học viên sẽ nghe điều này cùng với góp ý.</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="231" />
            <source>Give a compliant rewording the trainee can say instead.</source>
            <translation>Hãy đưa ra cách nói hợp quy định để học viên nói thay thế.</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="236" />
            <source>A centre rule id starts with '{prefix}' and uses only lower-case letters, digits, '.', '-' and '_'.</source>
            <translation>Mã quy tắc trung tâm bắt đầu bằng '{prefix}' và chỉ dùng chữ thường không dấu, chữ số, '.', '-' và '_'.</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="240" />
            <source>There is already a rule '{rule}'.</source>
            <translation>Đã có quy tắc '{rule}'.</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="290" />
            <source>The rule '{rule}' is off, so this phrase is not checked until the rule is on again.</source>
            <translation>Quy tắc '{rule}' đang tắt, nên cụm từ này sẽ không được kiểm tra cho đến khi quy tắc được bật lại.</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="300" />
            <source>The words '{phrase}' are already flagged by the rule '{other}', which takes precedence.</source>
            <translation>Cụm từ '{phrase}' đã được quy tắc '{other}' đánh dấu, và quy tắc đó được ưu tiên.</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="306" />
            <source>The words '{phrase}' are never flagged: the packs list them as a harmless look-alike. Add a longer phrase instead.</source>
            <translation>Cụm từ '{phrase}' không bao giờ bị đánh dấu: các bộ quy tắc coi đó là cụm từ vô hại dễ nhầm. Hãy thêm một cụm từ dài hơn.</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="320" />
            <source>The '{section}' part of the centre's rule file is not a list; fix it by hand first.</source>
            <translation>Phần '{section}' trong tệp quy tắc của trung tâm không phải là danh sách; hãy sửa tay trước đã.</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="335" />
            <source>The centre's rule file cannot be changed until it is fixed: {problem}</source>
            <translation>Chưa thể thay đổi tệp quy tắc của trung tâm cho đến khi tệp được sửa: {problem}</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="343" />
            <source>The centre's rule file cannot be read: {error}</source>
            <translation>Không đọc được tệp quy tắc của trung tâm: {error}</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="347" />
            <source>The centre's rule file must be a set of 'name: value' lines.</source>
            <translation>Tệp quy tắc của trung tâm phải gồm các dòng 'name: value'.</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="397" />
            <source>The change was not saved: {problem}</source>
            <translation>Thay đổi chưa được lưu: {problem}</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="420" />
            <source>block</source>
            <translation>bắt buộc sửa</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="421" />
            <source>needs evidence</source>
            <translation>cần bằng chứng</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="422" />
            <source>verify fact</source>
            <translation>kiểm tra lại thông tin</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="427" />
            <source>medical</source>
            <translation>y tế</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="428" />
            <source>cure</source>
            <translation>chữa khỏi bệnh</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="429" />
            <source>absolute or superlative</source>
            <translation>tuyệt đối hoặc so sánh nhất</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="430" />
            <source>guarantee</source>
            <translation>cam kết bảo đảm</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="431" />
            <source>instant results</source>
            <translation>hiệu quả tức thì</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="432" />
            <source>price</source>
            <translation>giá</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="433" />
            <source>bait price</source>
            <translation>giá mồi</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="434" />
            <source>urgency</source>
            <translation>hối thúc mua gấp</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="435" />
            <source>income</source>
            <translation>thu nhập</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="436" />
            <source>comparison</source>
            <translation>so sánh</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="437" />
            <source>testimonial</source>
            <translation>lời chứng thực</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="438" />
            <source>weight loss</source>
            <translation>giảm cân</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="439" />
            <source>cosmetic sounding like a medicine</source>
            <translation>mỹ phẩm quảng cáo như thuốc</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="440" />
            <source>safety</source>
            <translation>an toàn</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="441" />
            <source>natural or pure</source>
            <translation>tự nhiên hoặc nguyên chất</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="442" />
            <source>endorsement</source>
            <translation>bảo chứng</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="443" />
            <source>fake social proof</source>
            <translation>hiệu ứng đám đông giả</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="444" />
            <source>giveaway</source>
            <translation>tặng quà</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="445" />
            <source>statistics</source>
            <translation>số liệu thống kê</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="446" />
            <source>off-platform selling</source>
            <translation>bán ngoài nền tảng</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="463" />
            <source>{rule}: {state}, {strictness}, {category}.</source>
            <translation>{rule}: {state}, {strictness}, {category}.</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="465" />
            <source>on</source>
            <translation>bật</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="465" />
            <source>off</source>
            <translation>tắt</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="471" />
            <source>Centre rule.</source>
            <translation>Quy tắc của trung tâm.</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="473" />
            <source>Platform rule.</source>
            <translation>Quy tắc của nền tảng.</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="475" />
            <source>Turned off by the centre: {reason}.</source>
            <translation>Trung tâm đã tắt: {reason}.</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="479" />
            <source>Strictness changed by the centre from {shipped}: {reason}.</source>
            <translation>Trung tâm đã đổi mức nghiêm ngặt từ {shipped}: {reason}.</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="485" />
            <source>1 phrase added by the centre.</source>
            <translation>Trung tâm đã thêm 1 cụm từ.</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="487" />
            <source>{count} phrases added by the centre.</source>
            <translation>Trung tâm đã thêm {count} cụm từ.</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="497" />
            <source>Why it matters ({language}): {text}</source>
            <translation>Vì sao quan trọng ({language}): {text}</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="498" />
            <source>Why it matters: {text}</source>
            <translation>Vì sao quan trọng: {text}</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="500" />
            <source>Say instead ({language}): {text}</source>
            <translation>Nên nói ({language}): {text}</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="501" />
            <source>Say instead: {text}</source>
            <translation>Nên nói: {text}</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="505" />
            <source>Phrases ({count}, the first 40): {phrases}</source>
            <translation>Cụm từ ({count}, 40 cụm đầu tiên): {phrases}</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="507" />
            <source>Phrases ({count}): {phrases}</source>
            <translation>Cụm từ ({count}): {phrases}</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="511" />
            <source>Added by the centre: {phrase} ({reason})</source>
            <translation>Trung tâm đã thêm: {phrase} ({reason})</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="514" />
            <source>Added by the centre: {phrase}</source>
            <translation>Trung tâm đã thêm: {phrase}</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="516" />
            <source>Why the centre added it: {reason}</source>
            <translation>Lý do trung tâm thêm: {reason}</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="517" />
            <source>Source: {source}</source>
            <translation>Nguồn: {source}</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="525" />
            <source>The rule {rule} was already off; nothing changed.</source>
            <translation>Quy tắc {rule} vốn đã tắt; không có gì thay đổi.</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="526" />
            <source>Rule {rule} turned off for {market}.</source>
            <translation>Đã tắt quy tắc {rule} cho {market}.</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="529" />
            <source>The rule {rule} was already on; nothing changed.</source>
            <translation>Quy tắc {rule} vốn đã bật; không có gì thay đổi.</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="530" />
            <source>Rule {rule} turned on again for {market}.</source>
            <translation>Đã bật lại quy tắc {rule} cho {market}.</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="534" />
            <source>The rule {rule} already is {strictness}; nothing changed.</source>
            <translation>Quy tắc {rule} vốn đã ở mức {strictness}; không có gì thay đổi.</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="537" />
            <source>Rule {rule} is now {strictness}.</source>
            <translation>Quy tắc {rule} giờ ở mức {strictness}.</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="540" />
            <source>The rule {rule} already has the phrase '{phrase}'; nothing changed.</source>
            <translation>Quy tắc {rule} đã có cụm từ '{phrase}'; không có gì thay đổi.</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="543" />
            <source>Phrase '{phrase}' added to rule {rule}.</source>
            <translation>Đã thêm cụm từ '{phrase}' vào quy tắc {rule}.</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="544" />
            <source>Centre rule {rule} added, catching: {phrases}.</source>
            <translation>Đã thêm quy tắc trung tâm {rule}, phát hiện: {phrases}.</translation>
        </message>
        <message>
            <location filename="../../studio/services/preflight_run.py" line="97" />
            <source>This check could not run: {error}.</source>
            <translation>Không chạy được bước kiểm tra này: {error}.</translation>
        </message>
        <message>
            <location filename="../../studio/services/preflight_run.py" line="129" />
            <source>No camera is connected, so this take records sound only.</source>
            <translation>Chưa cắm camera, nên buổi tập này chỉ ghi âm thanh.</translation>
        </message>
        <message>
            <location filename="../../studio/services/preflight_run.py" line="147" />
            <source>The camera gave no picture. Check that it is connected and that no other app is using it.</source>
            <translation>Camera không cho hình. Hãy kiểm tra camera đã được cắm và không có ứng dụng nào khác đang dùng.</translation>
        </message>
        <message>
            <location filename="../../studio/services/recording_import.py" line="181" />
            <source>The file {name} was not found. It may have been moved or renamed; choose it again.</source>
            <translation>Không tìm thấy tệp {name}. Có thể tệp đã bị chuyển đi hoặc đổi tên; hãy chọn lại.</translation>
        </message>
        <message>
            <location filename="../../studio/services/recording_import.py" line="185" />
            <source>{name} is a folder, not a recording. Choose a video or audio file.</source>
            <translation>{name} là một thư mục, không phải bản ghi. Hãy chọn một tệp video hoặc âm thanh.</translation>
        </message>
        <message>
            <location filename="../../studio/services/recording_import.py" line="193" />
            <source>The speech model could not be loaded, so {name} was not analysed: {problem}</source>
            <translation>Không tải được mô hình nhận dạng giọng nói, nên {name} chưa được phân tích: {problem}</translation>
        </message>
        <message>
            <location filename="../../studio/services/recording_import.py" line="204" />
            <source>The file {name} is not a video or audio file the studio can read. Choose a recording such as MP4, MP3 or WAV.</source>
            <translation>Tệp {name} không phải tệp video hay âm thanh mà ứng dụng đọc được. Hãy chọn một bản ghi như MP4, MP3 hoặc WAV.</translation>
        </message>
        <message>
            <location filename="../../studio/services/recording_import.py" line="208" />
            <source>The file {name} has no sound in it, so there is nothing to analyse.</source>
            <translation>Tệp {name} không có âm thanh, nên không có gì để phân tích.</translation>
        </message>
        <message>
            <location filename="../../studio/services/recording_import.py" line="219" />
            <source>{name} could not be transcribed: {problem}</source>
            <translation>Không chép lời được {name}: {problem}</translation>
        </message>
        <message>
            <location filename="../../studio/services/recording_import.py" line="223" />
            <source>No speech was found in {name}, so there is nothing to analyse. Check that it is the right file and that its sound is not muted.</source>
            <translation>Không tìm thấy lời nói trong {name}, nên không có gì để phân tích. Hãy kiểm tra xem đúng tệp chưa và âm thanh có bị tắt không.</translation>
        </message>
        <message>
            <location filename="../../studio/services/recording_import.py" line="344" />
            <source>{name} was analysed, but the results could not be saved: {problem}</source>
            <translation>Đã phân tích {name}, nhưng không lưu được kết quả: {problem}</translation>
        </message>
        <message>
            <location filename="../../studio/services/rehearsal.py" line="70" />
            <source>The microphone stopped sending sound. Stop the recording to save and analyse what was recorded.</source>
            <translation>Micrô đã ngừng gửi âm thanh. Hãy dừng ghi để lưu và phân tích phần đã ghi.</translation>
        </message>
        <message>
            <location filename="../../studio/services/rehearsal.py" line="72" />
            <source>The disk is almost full, so recording stopped. Stop the recording to save what was recorded.</source>
            <translation>Ổ đĩa gần đầy nên việc ghi đã dừng. Hãy dừng ghi để lưu phần đã ghi.</translation>
        </message>
        <message>
            <location filename="../../studio/services/rehearsal.py" line="73" />
            <source>The recording stopped by itself. Stop the recording to save what was recorded.</source>
            <translation>Việc ghi đã tự dừng. Hãy dừng ghi để lưu phần đã ghi.</translation>
        </message>
        <message>
            <location filename="../../studio/services/rehearsal.py" line="236" />
            <source>Dead air. Say something.</source>
            <translation>Đang có khoảng lặng. Hãy nói gì đó.</translation>
        </message>
        <message>
            <location filename="../../studio/services/rehearsal.py" line="242" />
            <source>Slow down a little.</source>
            <translation>Nói chậm lại một chút.</translation>
        </message>
        <message>
            <location filename="../../studio/services/rehearsal.py" line="312" />
            <source>Careful: a risky claim.</source>
            <translation>Cẩn thận: câu nói rủi ro.</translation>
        </message>
        <message>
            <location filename="../../studio/services/rehearsal.py" line="312" />
            <source>Careful: “{quote}”.</source>
            <translation>Cẩn thận: “{quote}”.</translation>
        </message>
        <message>
            <location filename="../../studio/services/rehearsal.py" line="349" />
            <source>Before you close: say “{line}”.</source>
            <translation>Trước khi chốt, bạn hãy nói “{line}”.</translation>
        </message>
        <message>
            <location filename="../../studio/services/rehearsal.py" line="503" />
            <source>A rehearsal is already recording. Stop it first.</source>
            <translation>Đang có một buổi tập được ghi. Hãy dừng buổi tập đó trước.</translation>
        </message>
        <message>
            <location filename="../../studio/services/rehearsal.py" line="515" />
            <source>Free practice</source>
            <translation>Tập tự do</translation>
        </message>
        <message>
            <location filename="../../studio/services/rehearsal.py" line="535" />
            <source>The recording could not start: {problem}.</source>
            <translation>Không bắt đầu ghi được: {problem}.</translation>
        </message>
        <message>
            <location filename="../../studio/services/rehearsal.py" line="601" />
            <source>Nothing is being recorded.</source>
            <translation>Hiện không ghi gì cả.</translation>
        </message>
        <message>
            <location filename="../../studio/services/rehearsal.py" line="634" />
            <source>The recording could not be finished: {problem}.</source>
            <translation>Không hoàn tất được bản ghi: {problem}.</translation>
        </message>
        <message>
            <location filename="../../studio/services/rehearsal.py" line="649" />
            <source>The recording was saved, but it could not be analysed: {problem}.</source>
            <translation>Bản ghi đã được lưu nhưng không phân tích được: {problem}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="123" />
            <source>'{key}' is not a key name. Write keys like F5, Ctrl+O or Shift+F3.</source>
            <translation>'{key}' không phải tên phím. Hãy viết phím như F5, Ctrl+O hoặc Shift+F3.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="128" />
            <source>'{name}' in '{key}' is not a modifier key. Use Ctrl, Alt, Shift or Meta.</source>
            <translation>'{name}' trong '{key}' không phải phím bổ trợ. Hãy dùng Ctrl, Alt, Shift hoặc Meta.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="154" />
            <source>Control</source>
            <translation>Control</translation>
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
            <translation>Escape</translation>
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
            <translation>Bàn phím số</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="163" />
            <source>CapsLock</source>
            <translation>CapsLock</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="164" />
            <source>Print</source>
            <translation>Print Screen</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="165" />
            <source>Space</source>
            <translation>Space</translation>
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
            <translation>Return</translation>
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
            <translation>Mũi tên lên</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="173" />
            <source>Down</source>
            <translation>Mũi tên xuống</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="174" />
            <source>Left</source>
            <translation>Mũi tên trái</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="175" />
            <source>Right</source>
            <translation>Mũi tên phải</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="176" />
            <source>Comma</source>
            <translation>Dấu phẩy</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="177" />
            <source>Plus</source>
            <translation>Dấu cộng</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="178" />
            <source>Minus</source>
            <translation>Dấu trừ</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="179" />
            <source>Equals</source>
            <translation>Dấu bằng</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="180" />
            <source>Period</source>
            <translation>Dấu chấm</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="187" />
            <source>no key</source>
            <translation>không có phím</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="193" />
            <source>{keys} plus {key}</source>
            <translation>{keys} cộng {key}</translation>
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
            <translation>Tab chuyển giữa các điều khiển</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="224" />
            <source>Shift plus Tab moves back between controls</source>
            <translation>Shift cộng Tab chuyển ngược lại giữa các điều khiển</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="226" />
            <source>Enter activates the focused control</source>
            <translation>Enter kích hoạt điều khiển đang được chọn</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="228" />
            <source>Space presses the focused button</source>
            <translation>Space nhấn nút đang được chọn</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="229" />
            <source>Escape closes dialogs and menus</source>
            <translation>Escape đóng hộp thoại và menu</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="230" />
            <source>the arrow keys move in lists and menus</source>
            <translation>các phím mũi tên dùng để di chuyển trong danh sách và menu</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="234" />
            <source>Home and End move in lists and text</source>
            <translation>Home và End dùng để di chuyển trong danh sách và văn bản</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="236" />
            <source>Page Up and Page Down move in lists and text</source>
            <translation>Page Up và Page Down dùng để di chuyển trong danh sách và văn bản</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="242" />
            <source>the system switches windows with Alt plus Tab</source>
            <translation>hệ thống dùng Alt cộng Tab để chuyển cửa sổ</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="243" />
            <source>the system switches windows with Alt plus Shift plus Tab</source>
            <translation>hệ thống dùng Alt cộng Shift cộng Tab để chuyển cửa sổ</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="244" />
            <source>the system closes the window with Alt plus F4</source>
            <translation>hệ thống dùng Alt cộng F4 để đóng cửa sổ</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="245" />
            <source>Control plus Alt plus Delete belongs to the system</source>
            <translation>Control cộng Alt cộng Delete dành cho hệ thống</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="246" />
            <source>the system opens the task manager with Control plus Shift plus Escape</source>
            <translation>hệ thống dùng Control cộng Shift cộng Escape để mở trình quản lý tác vụ</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="247" />
            <source>the system opens the start menu with Control plus Escape</source>
            <translation>hệ thống dùng Control cộng Escape để mở menu Start</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="248" />
            <source>the system switches windows with Alt plus Escape</source>
            <translation>hệ thống dùng Alt cộng Escape để chuyển cửa sổ</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="249" />
            <source>the system opens the window menu with Alt plus Space</source>
            <translation>hệ thống dùng Alt cộng Space để mở menu cửa sổ</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="250" />
            <source>the desktop opens its menu with Alt plus F1</source>
            <translation>màn hình nền dùng Alt cộng F1 để mở menu</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="251" />
            <source>the desktop opens its run dialog with Alt plus F2</source>
            <translation>màn hình nền dùng Alt cộng F2 để mở hộp thoại chạy lệnh</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="252" />
            <source>the desktop opens a terminal with Control plus Alt plus T</source>
            <translation>màn hình nền dùng Control cộng Alt cộng T để mở cửa sổ dòng lệnh</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="253" />
            <source>Control plus Alt plus Backspace can stop the display server</source>
            <translation>Control cộng Alt cộng Backspace có thể tắt máy chủ hiển thị</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="254" />
            <source>Print Screen belongs to the system</source>
            <translation>Print Screen dành cho hệ thống</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="256" />
            <source>Control plus Alt plus N starts NVDA</source>
            <translation>Control cộng Alt cộng N dùng để mở NVDA</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="257" />
            <source>Control plus Alt plus J starts JAWS</source>
            <translation>Control cộng Alt cộng J dùng để mở JAWS</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="258" />
            <source>Control plus Alt plus S is the usual key to start a screen reader on some desktops</source>
            <translation>trên một số màn hình nền, Control cộng Alt cộng S thường dùng để mở trình đọc màn hình</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="267" />
            <source>&amp;File</source>
            <translation>&amp;Tệp</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="268" />
            <source>&amp;Session</source>
            <translation>&amp;Phiên</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="269" />
            <source>Fee&amp;dback</source>
            <translation>&amp;Góp ý</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="270" />
            <source>&amp;View</source>
            <translation>&amp;Hiển thị</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="272" />
            <source>&amp;Review</source>
            <translation>&amp;Xem lại</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="273" />
            <source>&amp;Help</source>
            <translation>Trợ g&amp;iúp</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="306" />
            <source>Alt plus {letter} opens the {menu} menu</source>
            <translation>Alt cộng {letter} mở menu {menu}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="312" />
            <source>Alt plus {letter} opens the {menu} menu when the app is in English</source>
            <translation>Alt cộng {letter} mở menu {menu} khi ứng dụng dùng tiếng Anh</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="324" />
            <source>{key} is the screen reader key for NVDA, JAWS and Orca</source>
            <translation>{key} là phím trình đọc màn hình của NVDA, JAWS và Orca</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="325" />
            <source>{key} alone is a modifier; NVDA uses Control and Shift alone to stop and pause speech</source>
            <translation>{key} khi nhấn riêng là phím bổ trợ; NVDA dùng riêng Control và Shift để dừng và tạm dừng giọng đọc</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="329" />
            <source>Insert and Caps Lock combinations belong to the screen reader (NVDA, JAWS and Orca)</source>
            <translation>các tổ hợp với Insert và Caps Lock dành cho trình đọc màn hình (NVDA, JAWS và Orca)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="331" />
            <source>the number pad keys are screen reader commands in NVDA, JAWS and Orca desktop layout</source>
            <translation>các phím trên bàn phím số là lệnh của trình đọc màn hình trong bố cục máy bàn của NVDA, JAWS và Orca</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="333" />
            <source>the Windows or Super key belongs to the system</source>
            <translation>phím Windows hoặc Super dành cho hệ thống</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="338" />
            <source>Control plus Alt plus F{number} switches to another console</source>
            <translation>Control cộng Alt cộng F{number} chuyển sang màn hình console khác</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="379" />
            <source>Review: {command}</source>
            <translation>Xem lại: {command}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="390" />
            <source>Start or stop &amp;recording</source>
            <translation>&amp;Bắt đầu hoặc dừng ghi</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="390" />
            <source>Start or stop recording.</source>
            <translation>Bắt đầu hoặc dừng ghi.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="392" />
            <source>Say &amp;elapsed time</source>
            <translation>Đọc &amp;thời gian đã ghi</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="392" />
            <source>Say how long you have been recording.</source>
            <translation>Cho biết bạn đã ghi được bao lâu.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="394" />
            <source>Drop a &amp;marker</source>
            <translation>Đặt &amp;dấu mốc</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="394" />
            <source>Mark this moment to look at later.</source>
            <translation>Đánh dấu thời điểm này để xem lại sau.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="396" />
            <source>&amp;Try again</source>
            <translation>Thử &amp;lại</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="396" />
            <source>Clear the last attempt and get ready to record again.</source>
            <translation>Xóa lần tập vừa rồi và chuẩn bị ghi lại.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="398" />
            <source>&amp;Open script…</source>
            <translation>&amp;Mở kịch bản…</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="398" />
            <source>Choose the script to rehearse.</source>
            <translation>Chọn kịch bản để tập.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="401" />
            <source>&amp;Analyse a recording…</source>
            <translation>&amp;Phân tích một bản ghi…</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="402" />
            <source>Choose a video or audio file made elsewhere and get feedback on it as on a rehearsal, with the script and market chosen here.</source>
            <translation>Chọn một tệp video hoặc âm thanh ghi ở nơi khác và nhận góp ý như với một buổi tập, theo kịch bản và thị trường đang chọn ở đây.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="404" />
            <source>&amp;Settings…</source>
            <translation>&amp;Cài đặt…</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="405" />
            <source>Change the language, look, voice, devices, countdown, live cues and keys.</source>
            <translation>Đổi ngôn ngữ, giao diện, giọng đọc, thiết bị, đếm ngược, nhắc nhở trực tiếp và phím.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="407" />
            <source>&amp;Quit</source>
            <translation>&amp;Thoát</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="407" />
            <source>Close Rehearsal Studio.</source>
            <translation>Đóng Rehearsal Studio.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="408" />
            <source>&amp;Next finding</source>
            <translation>&amp;Góp ý tiếp theo</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="408" />
            <source>Go to the next piece of feedback and read it.</source>
            <translation>Chuyển đến góp ý tiếp theo và đọc góp ý đó.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="410" />
            <source>&amp;Previous finding</source>
            <translation>Góp ý &amp;trước</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="411" />
            <source>Go to the previous piece of feedback and read it.</source>
            <translation>Chuyển về góp ý trước và đọc góp ý đó.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="412" />
            <source>P&amp;lay from finding</source>
            <translation>&amp;Phát từ góp ý</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="413" />
            <source>Play the recording from the selected piece of feedback.</source>
            <translation>Phát bản ghi từ góp ý đang chọn.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="414" />
            <source>R&amp;epeat last message</source>
            <translation>&amp;Lặp lại thông báo cuối</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="414" />
            <source>Say the last message again.</source>
            <translation>Đọc lại thông báo vừa rồi.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="416" />
            <source>&amp;Stop speaking</source>
            <translation>&amp;Dừng đọc</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="416" />
            <source>Stop the app's voice.</source>
            <translation>Dừng giọng đọc của ứng dụng.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="417" />
            <source>Zoom &amp;in</source>
            <translation>&amp;Phóng to</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="417" />
            <source>Make text and controls bigger, up to 200 percent.</source>
            <translation>Phóng to chữ và các điều khiển, tối đa 200 phần trăm.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="419" />
            <source>Zoom &amp;out</source>
            <translation>&amp;Thu nhỏ</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="419" />
            <source>Make text and controls smaller, down to 100 percent.</source>
            <translation>Thu nhỏ chữ và các điều khiển, tối thiểu 100 phần trăm.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="421" />
            <source>&amp;Reset zoom</source>
            <translation>Đặt &amp;lại thu phóng</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="421" />
            <source>Set the zoom back to 100 percent.</source>
            <translation>Đưa mức thu phóng về 100 phần trăm.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="423" />
            <source>Show or hide the &amp;teleprompter</source>
            <translation>Hiện hoặc ẩn &amp;bảng nhắc lời</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="424" />
            <source>Show or hide the script text while you record.</source>
            <translation>Hiện hoặc ẩn nội dung kịch bản khi bạn ghi.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="425" />
            <source>Switch t&amp;heme</source>
            <translation>Đổi &amp;giao diện</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="426" />
            <source>Switch between the normal and the two high-contrast themes.</source>
            <translation>Chuyển giữa giao diện thường và hai giao diện tương phản cao.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="427" />
            <source>&amp;Keyboard reference</source>
            <translation>&amp;Bảng phím tắt</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="427" />
            <source>Open the list of every command and its key.</source>
            <translation>Mở danh sách mọi lệnh và phím của từng lệnh.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="429" />
            <source>&amp;About Rehearsal Studio</source>
            <translation>&amp;Giới thiệu Rehearsal Studio</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="429" />
            <source>Show the version and what the app does.</source>
            <translation>Cho biết phiên bản và công dụng của ứng dụng.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="432" />
            <source>Session &amp;library…</source>
            <translation>&amp;Thư viện phiên…</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="433" />
            <source>Open the library of every recorded session; Enter on a session opens its review.</source>
            <translation>Mở thư viện của mọi phiên đã ghi; nhấn Enter trên một phiên để mở phần xem lại phiên đó.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="435" />
            <source>&amp;Progress…</source>
            <translation>Tiến &amp;bộ…</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="436" />
            <source>Show how the current trainee's scores changed over the sessions.</source>
            <translation>Cho biết điểm của học viên hiện tại thay đổi thế nào qua các phiên.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="437" />
            <source>&amp;Trainee profile…</source>
            <translation>&amp;Hồ sơ học viên…</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="438" />
            <source>Edit the current trainee's name, language, market and pace.</source>
            <translation>Sửa tên, ngôn ngữ, thị trường và tốc độ nói của học viên hiện tại.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="440" />
            <source>Attempt &amp;history…</source>
            <translation>Lịch &amp;sử các lần tập…</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="441" />
            <source>Hear and see your attempts on the current script and how your scores changed; Enter on an attempt shows its feedback.</source>
            <translation>Nghe và xem các lần tập với kịch bản hiện tại và điểm của bạn đã thay đổi thế nào; nhấn Enter trên một lần tập để xem góp ý của lần đó.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="443" />
            <source>&amp;Welcome guide</source>
            <translation>&amp;Hướng dẫn làm quen</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="444" />
            <source>Show and say the short guide to the app and its most important keys.</source>
            <translation>Hiện và đọc hướng dẫn ngắn về ứng dụng và các phím quan trọng nhất.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="452" />
            <source>&amp;Play or pause</source>
            <translation>&amp;Phát hoặc tạm dừng</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="452" />
            <source>Play or pause the recording.</source>
            <translation>Phát hoặc tạm dừng bản ghi.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="453" />
            <source>&amp;Back five seconds</source>
            <translation>&amp;Lùi 5 giây</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="453" />
            <source>Jump back five seconds.</source>
            <translation>Lùi lại 5 giây.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="454" />
            <source>&amp;Forward five seconds</source>
            <translation>&amp;Tới 5 giây</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="454" />
            <source>Jump forward five seconds.</source>
            <translation>Tua tới 5 giây.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="455" />
            <source>&amp;Slower</source>
            <translation>&amp;Chậm hơn</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="455" />
            <source>Play more slowly, down to half speed.</source>
            <translation>Phát chậm hơn, chậm nhất là nửa tốc độ.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="456" />
            <source>F&amp;aster</source>
            <translation>&amp;Nhanh hơn</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="456" />
            <source>Play faster, up to double speed.</source>
            <translation>Phát nhanh hơn, nhanh nhất là gấp đôi tốc độ.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="458" />
            <source>Go to the next piece of feedback and play from it.</source>
            <translation>Chuyển đến góp ý tiếp theo và phát từ đó.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="459" />
            <source>P&amp;revious finding</source>
            <translation>Góp ý &amp;trước</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="460" />
            <source>Go to the previous piece of feedback and play from it.</source>
            <translation>Chuyển về góp ý trước và phát từ đó.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="461" />
            <source>Add &amp;comment</source>
            <translation>Thêm &amp;bình luận</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="461" />
            <source>Write a comment at the current moment.</source>
            <translation>Viết bình luận tại thời điểm hiện tại.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="462" />
            <source>Record &amp;voice note</source>
            <translation>Thu ghi chú th&amp;oại</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="463" />
            <source>Start or stop a voice note at the current moment.</source>
            <translation>Bắt đầu hoặc dừng ghi chú thoại tại thời điểm hiện tại.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="464" />
            <source>&amp;Dismiss finding</source>
            <translation>Bỏ &amp;qua góp ý</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="465" />
            <source>Dismiss the selected finding, with the reason you typed.</source>
            <translation>Bỏ qua góp ý đang chọn, kèm lý do bạn đã nhập.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="466" />
            <source>Say &amp;where</source>
            <translation>Đọc &amp;vị trí</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="466" />
            <source>Say the current time and speed.</source>
            <translation>Đọc thời điểm và tốc độ phát hiện tại.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="467" />
            <source>Rule pac&amp;k…</source>
            <translation>Bộ qu&amp;y tắc…</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="468" />
            <source>Adjust the banned-claim rules for your centre, starting at the selected finding's rule.</source>
            <translation>Điều chỉnh các quy tắc về câu nói bị cấm cho trung tâm của bạn, bắt đầu từ quy tắc của góp ý đang chọn.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="470" />
            <source>E&amp;xport…</source>
            <translation>&amp;Xuất…</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="471" />
            <source>Save this session as a report, scores, captions, every word with its time, or a bundle for another computer.</source>
            <translation>Lưu phiên này thành báo cáo, bảng điểm, phụ đề, danh sách từng từ kèm thời điểm, hoặc gói để mở trên máy khác.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="524" />
            <source>there is no command called {command}</source>
            <translation>không có lệnh nào tên {command}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="543" />
            <source>{description} Key: {key}.</source>
            <translation>{description} Phím: {key}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="544" />
            <source>{description} No key.</source>
            <translation>{description} Chưa có phím.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="560" />
            <source>single-key mode needs one key without Control, Alt or Shift</source>
            <translation>chế độ một phím cần một phím duy nhất, không kèm Control, Alt hay Shift</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="564" />
            <source>{key} already does {command}</source>
            <translation>{key} đã được dùng cho lệnh {command}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="576" />
            <source>{key} cannot be used for {command}: {reason}.</source>
            <translation>Không dùng được {key} cho lệnh {command}: {reason}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="609" />
            <source>the file does not hold an object</source>
            <translation>tệp không chứa một đối tượng</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="613" />
            <source>'{section}' is not an object</source>
            <translation>'{section}' không phải là một đối tượng</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="618" />
            <source>The key settings file could not be read ({problem}); the default keys are used.</source>
            <translation>Không đọc được tệp cài đặt phím ({problem}); đang dùng phím mặc định.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="625" />
            <source>The saved keys had conflicts; the default keys are used for that layout.</source>
            <translation>Các phím đã lưu bị trùng nhau; đang dùng phím mặc định cho bố cục đó.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="651" />
            <source>Keyboard reference</source>
            <translation>Bảng phím tắt</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="655" />
            <source>Every command has a key. In **single-key mode** (Settings) every command is one key with no Control, Alt
or Shift; letter keys work when the focus is not in a text field. Keys can be changed in Settings; keys
that belong to your screen reader (Insert, Caps Lock, the number pad) or to the system are refused.</source>
            <translation>Mỗi lệnh đều có một phím. Ở **chế độ một phím** (Cài đặt), mỗi lệnh là một phím duy nhất, không kèm Control, Alt
hay Shift; các phím chữ hoạt động khi con trỏ không ở trong ô nhập chữ. Bạn có thể đổi phím trong Cài đặt; các phím
thuộc về trình đọc màn hình (Insert, Caps Lock, bàn phím số) hoặc thuộc về hệ thống sẽ không được nhận.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="659" />
            <source>Moving around: Tab and Shift+Tab move between controls, arrow keys move in lists and menus, Enter or
Space activates, Escape closes a dialog. Menus open with Alt and the underlined letter.</source>
            <translation>Di chuyển: Tab và Shift+Tab chuyển giữa các điều khiển, phím mũi tên di chuyển trong danh sách và menu, Enter hoặc
Space để kích hoạt, Escape đóng hộp thoại. Mở menu bằng Alt và chữ cái được gạch chân.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="667" />
            <source>{menu} menu (Alt+{letter})</source>
            <translation>Menu {menu} (Alt+{letter})</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="669" />
            <source>In the review window (Enter on a session in the library opens it)</source>
            <translation>Trong cửa sổ xem lại (nhấn Enter trên một phiên trong thư viện để mở)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="671" />
            <source>none</source>
            <translation>không có</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="672" />
            <source>Command</source>
            <translation>Lệnh</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="672" />
            <source>Key</source>
            <translation>Phím</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="672" />
            <source>Single-key mode</source>
            <translation>Chế độ một phím</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="672" />
            <source>What it does</source>
            <translation>Tác dụng</translation>
        </message>
        <message>
            <location filename="../../studio/ui/announcer.py" line="38" />
            <source>Screen reader only</source>
            <translation>Chỉ trình đọc màn hình</translation>
        </message>
        <message>
            <location filename="../../studio/ui/announcer.py" line="39" />
            <source>App voice only</source>
            <translation>Chỉ giọng đọc của ứng dụng</translation>
        </message>
        <message>
            <location filename="../../studio/ui/announcer.py" line="40" />
            <source>Screen reader and app voice</source>
            <translation>Trình đọc màn hình và giọng đọc của ứng dụng</translation>
        </message>
        <message>
            <location filename="../../studio/ui/announcer.py" line="119" />
            <source>The app voice could not speak: {error}</source>
            <translation>Giọng đọc của ứng dụng không đọc được: {error}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/app.py" line="47" />
            <source>Medical claim that platforms ban</source>
            <translation>Câu nói về y tế bị các nền tảng cấm</translation>
        </message>
        <message>
            <location filename="../../studio/ui/app.py" line="48" />
            <source>cures hair loss</source>
            <translation>chữa khỏi rụng tóc</translation>
        </message>
        <message>
            <location filename="../../studio/ui/app.py" line="48" />
            <source>may help your hair look fuller</source>
            <translation>có thể giúp tóc trông dày hơn</translation>
        </message>
        <message>
            <location filename="../../studio/ui/app.py" line="49" />
            <source>You spoke fast here, about 190 words a minute</source>
            <translation>Đoạn này bạn nói nhanh, khoảng 190 từ một phút</translation>
        </message>
        <message>
            <location filename="../../studio/ui/app.py" line="50" />
            <source>Pause after the price</source>
            <translation>Hãy ngừng một chút sau khi nói giá</translation>
        </message>
        <message>
            <location filename="../../studio/ui/app.py" line="51" />
            <source>You said the price clearly</source>
            <translation>Bạn đã nói giá rõ ràng</translation>
        </message>
        <message>
            <location filename="../../studio/ui/app.py" line="52" />
            <source>only 99,000 dong</source>
            <translation>chỉ 99.000 đồng</translation>
        </message>
        <message>
            <location filename="../../studio/ui/app.py" line="69" />
            <source>The app voice is not installed; messages go to the screen reader and the message list.</source>
            <translation>Chưa cài giọng đọc của ứng dụng; thông báo sẽ được gửi đến trình đọc màn hình và danh sách thông báo.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/app.py" line="92" />
            <source>The app voice could not start ({error}); messages go to the screen reader and the message list.</source>
            <translation>Không khởi động được giọng đọc của ứng dụng ({error}); thông báo sẽ được gửi đến trình đọc màn hình và danh sách thông báo.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/app.py" line="241" />
            <source>1 recording was interrupted last time and can be recovered.</source>
            <translation>Lần trước có 1 bản ghi bị gián đoạn và có thể khôi phục.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/app.py" line="242" />
            <source>{count} recordings were interrupted last time and can be recovered.</source>
            <translation>Lần trước có {count} bản ghi bị gián đoạn và có thể khôi phục.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/app.py" line="267" />
            <source>Ready. Press {key} for the keyboard reference.</source>
            <translation>Sẵn sàng. Nhấn {key} để mở bảng phím tắt.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/app.py" line="268" />
            <source>Ready.</source>
            <translation>Sẵn sàng.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="69" />
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="107" />
            <source>Keyboard reference — {app}</source>
            <translation>Bảng phím tắt — {app}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="109" />
            <source>Read-only. Every command and its key. Use the arrow keys to read.</source>
            <translation>Chỉ đọc. Mọi lệnh và phím của từng lệnh. Dùng các phím mũi tên để đọc.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="133" />
            <source>About {app}</source>
            <translation>Giới thiệu {app}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="134" />
            <source>About</source>
            <translation>Giới thiệu</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="136" />
            <source>{app} {version}.</source>
            <translation>{app} {version}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="137" />
            <source>Rehearse selling on a livestream in private: record yourself, hear feedback on your pace, your script and claims that platforms ban.</source>
            <translation>Tập bán hàng trên livestream một cách riêng tư: tự ghi lại chính mình, nghe góp ý về tốc độ nói, kịch bản và những câu nói bị các nền tảng cấm.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="139" />
            <source>Everything stays on this computer. Free and open-source software.</source>
            <translation>Mọi dữ liệu đều ở lại trên máy tính này. Phần mềm miễn phí và mã nguồn mở.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="209" />
            <source>Too &amp;fast</source>
            <translation>Nói &amp;quá nhanh</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="210" />
            <source>While you record, the app tells you to slow down when you speak faster than your target pace.</source>
            <translation>Trong lúc ghi, ứng dụng nhắc bạn nói chậm lại khi bạn nói nhanh hơn tốc độ mục tiêu.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="211" />
            <source>Dead air (&amp;silence)</source>
            <translation>Khoảng lặng (&amp;dừng nói quá lâu)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="212" />
            <source>While you record, the app tells you when you are silent longer than the dead-air time above.</source>
            <translation>Trong lúc ghi, ứng dụng báo cho bạn khi bạn im lặng lâu hơn thời gian khoảng lặng ở trên.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="213" />
            <source>&amp;Banned claim</source>
            <translation>Câ&amp;u nói bị cấm</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="214" />
            <source>While you record, the app warns you right after you say a claim that platforms ban.</source>
            <translation>Trong lúc ghi, ứng dụng cảnh báo ngay khi bạn vừa nói một câu mà các nền tảng cấm.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="215" />
            <source>Talking point not &amp;yet covered</source>
            <translation>Ý chính &amp;vẫn chưa nói đến</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="216" />
            <source>While you record, the app reminds you of a talking point from your script that you have not covered.</source>
            <translation>Trong lúc ghi, ứng dụng nhắc bạn ý chính trong kịch bản mà bạn chưa nói đến.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="217" />
            <source>Viewer &amp;questions to answer</source>
            <translation>Câu hỏi của người &amp;xem để trả lời</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="218" />
            <source>While you record, pretend viewers ask questions, such as the price or the shipping, in the feedback language, about one a minute. Answer them out loud; the feedback says how fast you answered.</source>
            <translation>Trong khi bạn ghi, người xem giả lập sẽ đặt câu hỏi, chẳng hạn về giá hay giao hàng, bằng ngôn ngữ phản hồi, khoảng mỗi phút một câu. Hãy trả lời thành tiếng; phần phản hồi sẽ cho biết bạn trả lời nhanh đến đâu.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="303" />
            <source>Settings messages</source>
            <translation>Thông báo cài đặt</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="308" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="310" />
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="514" />
            <source>Settings — {app}</source>
            <translation>Cài đặt — {app}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="515" />
            <source>Appearance and messages</source>
            <translation>Giao diện và thông báo</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="517" />
            <source>&amp;Language:</source>
            <translation>&amp;Ngôn ngữ:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="518" />
            <source>Language</source>
            <translation>Ngôn ngữ</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="520" />
            <source>The language of the app's menus, buttons and messages. It changes when you press OK.</source>
            <translation>Ngôn ngữ của menu, nút và thông báo trong ứng dụng. Ngôn ngữ sẽ đổi khi bạn nhấn OK.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="523" />
            <source>Follow the system</source>
            <translation>Theo hệ thống</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="525" />
            <source>&amp;Theme:</source>
            <translation>&amp;Giao diện:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="526" />
            <source>Theme</source>
            <translation>Giao diện</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="527" />
            <source>Colours of the app; two high-contrast themes.</source>
            <translation>Màu sắc của ứng dụng; có hai giao diện tương phản cao.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="531" />
            <source>&amp;Zoom:</source>
            <translation>&amp;Thu phóng:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="532" />
            <source>Zoom</source>
            <translation>Thu phóng</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="533" />
            <source>Size of text and controls, from 100 to 200 percent.</source>
            <translation>Cỡ chữ và điều khiển, từ 100 đến 200 phần trăm.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="535" />
            <source>&amp;Messages go to:</source>
            <translation>Gửi thông &amp;báo đến:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="536" />
            <source>Messages go to</source>
            <translation>Gửi thông báo đến</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="537" />
            <source>Screen reader, the app's own voice, or both.</source>
            <translation>Trình đọc màn hình, giọng đọc riêng của ứng dụng, hoặc cả hai.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="541" />
            <source>Speech and sounds</source>
            <translation>Giọng đọc và âm thanh</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="542" />
            <source>Speech &amp;rate:</source>
            <translation>Tố&amp;c độ đọc:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="543" />
            <source>Speech rate</source>
            <translation>Tốc độ đọc</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="544" />
            <source>Words a minute for the app's voice.</source>
            <translation>Số từ mỗi phút của giọng đọc ứng dụng.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="545" />
            <source>Speech &amp;volume:</source>
            <translation>Âm &amp;lượng giọng đọc:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="546" />
            <source>Speech volume</source>
            <translation>Âm lượng giọng đọc</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="547" />
            <source>How loud the app's voice is, from 0 to 100 percent.</source>
            <translation>Độ to của giọng đọc ứng dụng, từ 0 đến 100 phần trăm.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="548" />
            <source>Feedback lan&amp;guage:</source>
            <translation>Ngôn ngữ gó&amp;p ý:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="549" />
            <source>Feedback language</source>
            <translation>Ngôn ngữ góp ý</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="551" />
            <source>The language the app's voice speaks and your feedback is written in.</source>
            <translation>Ngôn ngữ của giọng đọc ứng dụng và của các góp ý cho bạn.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="553" />
            <source>Same as the interface</source>
            <translation>Giống ngôn ngữ giao diện</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="554" />
            <source>&amp;Earcon volume:</source>
            <translation>Âm lượng âm bá&amp;o:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="555" />
            <source>Earcon volume</source>
            <translation>Âm lượng âm báo</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="557" />
            <source>How loud the short sounds (earcons) are, for example when recording starts, from 0 to 100 percent.</source>
            <translation>Độ to của các âm báo ngắn, ví dụ khi bắt đầu ghi, từ 0 đến 100 phần trăm.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="560" />
            <source>Recording</source>
            <translation>Ghi hình</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="562" />
            <source>M&amp;icrophone:</source>
            <translation>Mic&amp;rô:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="562" />
            <source>Microphone</source>
            <translation>Micrô</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="563" />
            <source>The microphone you record with. The system default is the computer's default microphone.</source>
            <translation>Micrô dùng để ghi. Mặc định của hệ thống là micrô mặc định của máy tính.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="565" />
            <source>&amp;Camera:</source>
            <translation>C&amp;amera ghi hình:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="565" />
            <source>Camera</source>
            <translation>Camera</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="566" />
            <source>The camera you record with. The system default is the first camera; without a camera, takes record sound only.</source>
            <translation>Camera dùng để ghi. Mặc định của hệ thống là camera đầu tiên; nếu không có camera, buổi tập chỉ ghi âm thanh.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="568" />
            <source>Sound &amp;output:</source>
            <translation>Thiết bị phát âm t&amp;hanh:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="568" />
            <source>Sound output</source>
            <translation>Thiết bị phát âm thanh</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="569" />
            <source>The speaker or headphones the app speaks and plays its sounds on, and the pre-flight check plays its test tone on. The system default is the computer's default output.</source>
            <translation>Loa hoặc tai nghe mà ứng dụng dùng để đọc và phát âm báo, và để bước kiểm tra trước khi ghi phát tiếng bíp thử. Mặc định của hệ thống là thiết bị phát mặc định của máy tính.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="579" />
            <source>Cou&amp;ntdown:</source>
            <translation>Thờ&amp;i gian đếm ngược:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="580" />
            <source>Countdown</source>
            <translation>Thời gian đếm ngược</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="582" />
            <source>Seconds counted down before recording starts, so you can get ready.</source>
            <translation>Số giây đếm ngược trước khi bắt đầu ghi, để bạn kịp chuẩn bị.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="586" />
            <source>No countdown</source>
            <translation>Không đếm ngược</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="587" />
            <source>Check camera, microphone and s&amp;peaker before recording</source>
            <translation>Kiểm tra cam&amp;era, micrô và loa trước khi ghi</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="589" />
            <source>Before each take the app checks your framing and light, your microphone and your speaker, and says what to fix.</source>
            <translation>Trước mỗi buổi tập, ứng dụng kiểm tra khung hình và ánh sáng, micrô và loa của bạn, rồi nói cho bạn biết cần sửa gì.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="592" />
            <source>Dead &amp;air after:</source>
            <translation>Khoảng lặng &amp;sau:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="593" />
            <source>Dead air after</source>
            <translation>Khoảng lặng sau</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="595" />
            <source>Seconds of silence that count as dead air, in live cues and in your feedback. From 1 to 30.</source>
            <translation>Số giây im lặng được tính là khoảng lặng, trong lời nhắc khi ghi và trong góp ý. Từ 1 đến 30.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="598" />
            <source>{seconds} seconds</source>
            <translation>{seconds} giây</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="602" />
            <source>Live cues while recording</source>
            <translation>Lời nhắc trong lúc ghi</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="607" />
            <source>Keys</source>
            <translation>Phím</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="608" />
            <source>Single-&amp;key mode: every command is one key, no key combinations</source>
            <translation>Chế độ &amp;một phím: mỗi lệnh là một phím, không dùng tổ hợp phím</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="610" />
            <source>For anyone who finds it hard to hold two keys at once. The keys below change with it.</source>
            <translation>Dành cho người khó giữ hai phím cùng lúc. Các phím bên dưới thay đổi theo.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="614" />
            <source>{command}:</source>
            <translation>{command}:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="616" />
            <source>Restore &amp;default keys</source>
            <translation>&amp;Khôi phục phím mặc định</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="617" />
            <source>Puts back the keys the app came with, for the key mode above.</source>
            <translation>Đưa các phím về như ban đầu, cho chế độ phím ở trên.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="628" />
            <source>System default microphone</source>
            <translation>Micrô mặc định của hệ thống</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="628" />
            <source>System default camera</source>
            <translation>Camera mặc định của hệ thống</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="629" />
            <source>System default sound output</source>
            <translation>Thiết bị phát mặc định của hệ thống</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="632" />
            <source>{name} (camera {index})</source>
            <translation>{name} (camera {index})</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="634" />
            <source>{name} (not connected)</source>
            <translation>{name} (chưa kết nối)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="665" />
            <source>The devices could not be listed ({error}); you can still use the system default.</source>
            <translation>Không liệt kê được các thiết bị ({error}); bạn vẫn có thể dùng thiết bị mặc định của hệ thống.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="701" />
            <source>{command}: {key}.</source>
            <translation>{command}: {key}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="703" />
            <source>{command}: no key.</source>
            <translation>{command}: chưa có phím.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="709" />
            <source>Default keys restored.</source>
            <translation>Đã khôi phục phím mặc định.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="40" />
            <source>Pace: {pace} syllables a minute.</source>
            <translation>Tốc độ nói: {pace} âm tiết mỗi phút.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="42" />
            <source>Pace: {pace} characters a minute.</source>
            <translation>Tốc độ nói: {pace} chữ mỗi phút.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="44" />
            <source>Pace: {pace} words a minute.</source>
            <translation>Tốc độ nói: {pace} từ mỗi phút.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="51" />
            <source>No banned claims.</source>
            <translation>Không có câu nói bị cấm.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="52" />
            <source>1 banned claim.</source>
            <translation>1 câu nói bị cấm.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="52" />
            <source>{count} banned claims.</source>
            <translation>{count} câu nói bị cấm.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="58" />
            <source>Attempt {number} of {total}, {date} at {time}.</source>
            <translation>Lần tập {number} trên {total}, ngày {date} lúc {time}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="62" />
            <source>The analysis failed; the recording was kept.</source>
            <translation>Phân tích không thành công; bản ghi vẫn được giữ lại.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="63" />
            <source>Not analysed yet.</source>
            <translation>Chưa phân tích.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="65" />
            <source>Pace: not measured.</source>
            <translation>Tốc độ nói: chưa đo.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="69" />
            <source>Script coverage: {percent} percent.</source>
            <translation>Độ phủ kịch bản: {percent} phần trăm.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="71" />
            <source>Viewer questions answered: {percent} percent.</source>
            <translation>Câu hỏi của người xem được trả lời: {percent} phần trăm.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="80" />
            <source>You have no free practice attempts yet.</source>
            <translation>Bạn chưa có lần tập tự do nào.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="81" />
            <source>Free practice: 1 attempt.</source>
            <translation>Tập tự do: 1 lần tập.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="82" />
            <source>Free practice: {count} attempts.</source>
            <translation>Tập tự do: {count} lần tập.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="84" />
            <source>You have no attempts on {script} yet.</source>
            <translation>Bạn chưa có lần tập nào với {script}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="85" />
            <source>{script}: 1 attempt.</source>
            <translation>{script}: 1 lần tập.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="85" />
            <source>{script}: {count} attempts.</source>
            <translation>{script}: {count} lần tập.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="140" />
            <source>Attempt history: {script}</source>
            <translation>Lịch sử các lần tập: {script}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="141" />
            <source>&amp;Trend:</source>
            <translation>&amp;Xu hướng:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="142" />
            <source>Trend</source>
            <translation>Xu hướng</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="143" />
            <source>Read-only. How your scores changed over your attempts.</source>
            <translation>Chỉ đọc. Điểm của bạn đã thay đổi thế nào qua các lần tập.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="145" />
            <source>&amp;Attempts:</source>
            <translation>Các &amp;lần tập:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="146" />
            <source>Attempts</source>
            <translation>Các lần tập</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="148" />
            <source>One item per attempt, newest first. Enter shows that attempt's feedback and comments.</source>
            <translation>Mỗi mục là một lần tập, mới nhất ở đầu. Nhấn Enter để xem góp ý và bình luận của lần tập đó.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="152" />
            <source>Show the &amp;feedback of this attempt</source>
            <translation>Xem &amp;góp ý của lần tập này</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="154" />
            <source>Show the chosen attempt's feedback and comments in the main window.</source>
            <translation>Hiện góp ý và bình luận của lần tập đã chọn trong cửa sổ chính.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="72" />
            <source>Vietnam (Vietnamese)</source>
            <translation>Việt Nam (tiếng Việt)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="73" />
            <source>China (Simplified Chinese)</source>
            <translation>Trung Quốc (tiếng Trung giản thể)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="74" />
            <source>Indonesia (Indonesian)</source>
            <translation>Indonesia (tiếng Indonesia)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="75" />
            <source>United States (English)</source>
            <translation>Hoa Kỳ (tiếng Anh)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="76" />
            <source>United Kingdom (English)</source>
            <translation>Vương quốc Anh (tiếng Anh)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="80" />
            <source>Must fix</source>
            <translation>Bắt buộc sửa</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="81" />
            <source>Needs evidence</source>
            <translation>Cần bằng chứng</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="82" />
            <source>Check the fact</source>
            <translation>Kiểm tra lại thông tin</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="83" />
            <source>Warning</source>
            <translation>Cảnh báo</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="84" />
            <source>Note</source>
            <translation>Lưu ý</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="85" />
            <source>Well done</source>
            <translation>Làm tốt lắm</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="144" />
            <source>1 second</source>
            <translation>1 giây</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="146" />
            <source>1 minute 1 second</source>
            <translation>1 phút 1 giây</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="146" />
            <source>1 minute {seconds} seconds</source>
            <translation>1 phút {seconds} giây</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="148" />
            <source>{minutes} minutes 1 second</source>
            <translation>{minutes} phút 1 giây</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="148" />
            <source>{minutes} minutes {seconds} seconds</source>
            <translation>{minutes} phút {seconds} giây</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="159" />
            <source>{index} of {total}. {severity} at {time}:</source>
            <translation>{index} trên {total}. {severity} lúc {time}:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="163" />
            <source>You said: “{quote}”.</source>
            <translation>Bạn đã nói: “{quote}”.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="165" />
            <source>Try: “{suggestion}”.</source>
            <translation>Thử nói: “{suggestion}”.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="174" />
            <source>{index} of {total}. {severity}. {sentence}</source>
            <translation>{index} trên {total}. {severity}. {sentence}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="186" />
            <source>Voice note from {author} at {time}: {text}</source>
            <translation>Ghi chú thoại của {author} lúc {time}: {text}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="187" />
            <source>Voice note from {author} at {time}</source>
            <translation>Ghi chú thoại của {author} lúc {time}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="189" />
            <source>Voice note at {time}: {text}</source>
            <translation>Ghi chú thoại lúc {time}: {text}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="189" />
            <source>Voice note at {time}</source>
            <translation>Ghi chú thoại lúc {time}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="191" />
            <source>Comment from {author} at {time}: {text}</source>
            <translation>Bình luận của {author} lúc {time}: {text}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="193" />
            <source>Comment at {time}: {text}</source>
            <translation>Bình luận lúc {time}: {text}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="202" />
            <source>{title} — {app}</source>
            <translation>{title} — {app}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="300" />
            <source>Free practice (no script)</source>
            <translation>Tập tự do (không có kịch bản)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="304" />
            <source>&amp;Script:</source>
            <translation>&amp;Kịch bản:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="315" />
            <source>&amp;Market:</source>
            <translation>Thị t&amp;rường:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="342" />
            <source>&amp;Feedback:</source>
            <translation>&amp;Danh sách góp ý:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="354" />
            <source>Messages</source>
            <translation>Thông báo</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="355" />
            <source>Messa&amp;ges:</source>
            <translation>Thông &amp;báo:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="477" />
            <source>{app}: rehearse your livestream</source>
            <translation>{app}: tập livestream của bạn</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="478" />
            <source>Script</source>
            <translation>Kịch bản</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="479" />
            <source>The script you will rehearse. Free practice has no script.</source>
            <translation>Kịch bản bạn sẽ tập. Tập tự do thì không có kịch bản.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="482" />
            <source>Market</source>
            <translation>Thị trường</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="483" />
            <source>The market whose rules on claims are checked.</source>
            <translation>Kiểm tra câu nói quảng cáo theo quy định của thị trường này.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="489" />
            <source>Feedback</source>
            <translation>Góp ý</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="491" />
            <source>One item per piece of feedback. Enter plays the recording from that moment.</source>
            <translation>Mỗi mục là một góp ý. Nhấn Enter để phát bản ghi từ thời điểm đó.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="496" />
            <source>Teleprompter</source>
            <translation>Bảng nhắc lời</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="497" />
            <source>Read-only. The script text.</source>
            <translation>Chỉ đọc. Nội dung kịch bản.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="547" />
            <source>Sounds are off: {error}</source>
            <translation>Đã tắt âm báo: {error}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="557" />
            <source>Recording. Elapsed time: {time}</source>
            <translation>Đang ghi. Thời gian đã ghi: {time}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="557" />
            <source>Not recording. Elapsed time: {time}</source>
            <translation>Đang không ghi. Thời gian đã ghi: {time}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="563" />
            <source>Stop recording</source>
            <translation>Dừng ghi</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="563" />
            <source>Stop recording ({key})</source>
            <translation>Dừng ghi ({key})</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="565" />
            <source>Start recording</source>
            <translation>Bắt đầu ghi</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="565" />
            <source>Start recording ({key})</source>
            <translation>Bắt đầu ghi ({key})</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="570" />
            <source>{app} — recording</source>
            <translation>{app} — đang ghi</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="593" />
            <source>Recording started. Press {key} again to stop.</source>
            <translation>Đã bắt đầu ghi. Nhấn {key} lần nữa để dừng.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="594" />
            <source>Recording started.</source>
            <translation>Đã bắt đầu ghi.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="600" />
            <source>Recording stopped after {duration}.</source>
            <translation>Đã dừng ghi sau {duration}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="608" />
            <source>Not recording yet.</source>
            <translation>Chưa ghi.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="610" />
            <source>Recording for {duration}.</source>
            <translation>Đã ghi được {duration}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="610" />
            <source>Last recording lasted {duration}.</source>
            <translation>Bản ghi vừa rồi dài {duration}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="615" />
            <source>Markers can be dropped while recording. Start recording first.</source>
            <translation>Chỉ đặt được dấu mốc khi đang ghi. Hãy bắt đầu ghi trước.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="622" />
            <source>Marker {number} at {time}.</source>
            <translation>Dấu mốc {number} lúc {time}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="650" />
            <source>Ready for another try. Press Start when you are ready.</source>
            <translation>Đã sẵn sàng cho lần tập mới. Hãy nhấn Bắt đầu ghi khi bạn sẵn sàng.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="656" />
            <source>Script chooser. 1 script. Use the arrow keys to choose.</source>
            <translation>Chọn kịch bản. Có 1 kịch bản. Dùng các phím mũi tên để chọn.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="657" />
            <source>Script chooser. {count} scripts. Use the arrow keys to choose.</source>
            <translation>Chọn kịch bản. Có {count} kịch bản. Dùng các phím mũi tên để chọn.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="734" />
            <source>No feedback yet.</source>
            <translation>Chưa có góp ý.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="738" />
            <source>1 piece of feedback. Press {key} for the next one.</source>
            <translation>Có 1 góp ý. Nhấn {key} để nghe góp ý tiếp theo.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="739" />
            <source>{count} pieces of feedback. Press {key} for the next one.</source>
            <translation>Có {count} góp ý. Nhấn {key} để nghe góp ý tiếp theo.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="741" />
            <source>1 piece of feedback.</source>
            <translation>Có 1 góp ý.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="741" />
            <source>{count} pieces of feedback.</source>
            <translation>Có {count} góp ý.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="748" />
            <source>1 comment from your instructor. Press {key} to hear it.</source>
            <translation>Có 1 bình luận của giảng viên. Nhấn {key} để nghe.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="749" />
            <source>{count} comments from your instructor. Press {key} for the next one.</source>
            <translation>Có {count} bình luận của giảng viên. Nhấn {key} để nghe bình luận tiếp theo.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="751" />
            <source>1 comment from your instructor.</source>
            <translation>Có 1 bình luận của giảng viên.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="752" />
            <source>{count} comments from your instructor.</source>
            <translation>Có {count} bình luận của giảng viên.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="764" />
            <source>Your instructor left 1 comment.</source>
            <translation>Giảng viên đã để lại 1 bình luận cho bạn.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="765" />
            <source>Your instructor left {count} comments.</source>
            <translation>Giảng viên đã để lại {count} bình luận cho bạn.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="785" />
            <source>There is no feedback yet. Record first.</source>
            <translation>Chưa có góp ý nào. Hãy ghi trước đã.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="793" />
            <source>That was the last piece of feedback.</source>
            <translation>Đó là góp ý cuối cùng.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="794" />
            <source>That was the first piece of feedback.</source>
            <translation>Đó là góp ý đầu tiên.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="805" />
            <source>Choose a piece of feedback first, with {key}.</source>
            <translation>Hãy chọn một góp ý trước, bằng phím {key}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="806" />
            <source>Choose a piece of feedback first.</source>
            <translation>Hãy chọn một góp ý trước.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="811" />
            <source>The voice note's file is missing, so it cannot be played.</source>
            <translation>Thiếu tệp ghi chú thoại nên không phát được.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="814" />
            <source>Playing the voice note.</source>
            <translation>Đang phát ghi chú thoại.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="818" />
            <source>Playing from {time}.</source>
            <translation>Đang phát từ {time}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="822" />
            <source>Nothing to repeat yet.</source>
            <translation>Chưa có gì để lặp lại.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="830" />
            <source>Zoom {percent} percent.</source>
            <translation>Thu phóng {percent} phần trăm.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="842" />
            <source>Teleprompter shown.</source>
            <translation>Đã hiện bảng nhắc lời.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="842" />
            <source>Teleprompter hidden.</source>
            <translation>Đã ẩn bảng nhắc lời.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="851" />
            <source>The script could not be read: {error}</source>
            <translation>Không đọc được kịch bản: {error}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="854" />
            <source>No script chosen. Choose a script to see its text here.</source>
            <translation>Chưa chọn kịch bản. Hãy chọn một kịch bản để xem nội dung ở đây.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="860" />
            <source>Theme: {name}.</source>
            <translation>Giao diện: {name}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="887" />
            <source>Analysing a recording is not available: the rehearsal workflow is not running.</source>
            <translation>Chưa phân tích bản ghi được: quy trình tập luyện chưa chạy.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="898" />
            <source>Video and audio files ({patterns})</source>
            <translation>Tệp video và âm thanh ({patterns})</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="899" />
            <source>All files ({patterns})</source>
            <translation>Tất cả các tệp ({patterns})</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="900" />
            <source>Analyse a recording</source>
            <translation>Phân tích một bản ghi</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="942" />
            <source>Analysing a recording</source>
            <translation>Đang phân tích bản ghi</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="943" />
            <source>File: {name}</source>
            <translation>Tệp: {name}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="945" />
            <source>Analysis progress</source>
            <translation>Tiến độ phân tích</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="948" />
            <source>Cancel analysis ({key})</source>
            <translation>Hủy phân tích ({key})</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="950" />
            <source>Stop analysing this recording. Nothing is saved. The record key cancels too.</source>
            <translation>Dừng phân tích bản ghi này. Sẽ không lưu gì cả. Phím ghi cũng hủy được.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="951" />
            <source>Cancel analysis</source>
            <translation>Hủy phân tích</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="979" />
            <source>This guide stays at the bottom of the window until you close it. Press {key} to go to it.</source>
            <translation>Hướng dẫn này sẽ nằm ở cuối cửa sổ cho đến khi bạn đóng. Nhấn {key} để chuyển đến hướng dẫn.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="980" />
            <source>This guide stays at the bottom of the window until you close it.</source>
            <translation>Hướng dẫn này sẽ nằm ở cuối cửa sổ cho đến khi bạn đóng.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="999" />
            <source>Welcome guide closed.</source>
            <translation>Đã đóng hướng dẫn làm quen.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="1016" />
            <source>Loading your attempts, one moment.</source>
            <translation>Đang tải các lần tập của bạn, chờ một chút nhé.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="1047" />
            <source>Your attempts could not be read: {error}</source>
            <translation>Không đọc được các lần tập của bạn: {error}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="1080" />
            <source>Stop the recording first, then open an earlier attempt.</source>
            <translation>Hãy dừng ghi trước, rồi mở một lần tập cũ.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="1091" />
            <source>That attempt is no longer in the library.</source>
            <translation>Lần tập đó không còn trong thư viện.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="1098" />
            <source>Feedback on your attempt of {date} at {time}.</source>
            <translation>Góp ý cho lần tập ngày {date} lúc {time} của bạn.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="1109" />
            <source>The session library is not available: the session database could not be opened.</source>
            <translation>Không dùng được thư viện phiên: không mở được cơ sở dữ liệu phiên.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="1245" />
            <source>Trainee profile saved: {name}.</source>
            <translation>Đã lưu hồ sơ học viên: {name}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/charts.py" line="73" />
            <source>{name}: no values yet. The table next to the chart lists the values.</source>
            <translation>{name}: chưa có giá trị nào. Bảng cạnh biểu đồ liệt kê các giá trị.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/charts.py" line="80" />
            <source>{name}: 1 value, {value} at {label}.</source>
            <translation>{name}: 1 giá trị, {value} tại {label}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/charts.py" line="84" />
            <source>{name}: {count} values, from {first} at {first_label} to {last} at {last_label}; lowest {low} at {low_label}, highest {high} at {high_label}.</source>
            <translation>{name}: {count} giá trị, từ {first} tại {first_label} đến {last} tại {last_label}; thấp nhất {low} tại {low_label}, cao nhất {high} tại {high_label}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/charts.py" line="100" />
            <source>Your range is {low} to {high}.</source>
            <translation>Khoảng phù hợp của bạn là từ {low} đến {high}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/charts.py" line="103" />
            <source>The table next to the chart lists every value.</source>
            <translation>Bảng cạnh biểu đồ liệt kê mọi giá trị.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/charts.py" line="159" />
            <source>Timeline of findings</source>
            <translation>Dòng thời gian các góp ý</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/charts.py" line="182" />
            <source>Recording of {duration}; no findings.</source>
            <translation>Bản ghi dài {duration}; không có góp ý.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/charts.py" line="184" />
            <source>; </source>
            <translation>; </translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/charts.py" line="185" />
            <source>{time} {finding}</source>
            <translation>{time} {finding}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/charts.py" line="188" />
            <source>Recording of {duration} with 1 finding: {items}.</source>
            <translation>Bản ghi dài {duration}, có 1 góp ý: {items}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/charts.py" line="190" />
            <source>Recording of {duration} with {count} findings: {items}.</source>
            <translation>Bản ghi dài {duration}, có {count} góp ý: {items}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/charts.py" line="193" />
            <source>Left and Right arrows go to the previous and next finding.</source>
            <translation>Mũi tên trái và phải chuyển đến góp ý trước và sau.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/common.py" line="16" />
            <source>pace</source>
            <translation>tốc độ nói</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/common.py" line="17" />
            <source>dead air</source>
            <translation>khoảng lặng</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/common.py" line="18" />
            <source>filler</source>
            <translation>từ đệm</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/common.py" line="19" />
            <source>stutter</source>
            <translation>nói lắp</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/common.py" line="20" />
            <source>monologue</source>
            <translation>nói liền không kêu gọi đặt hàng</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/common.py" line="21" />
            <source>voice</source>
            <translation>giọng nói</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/common.py" line="22" />
            <source>coverage</source>
            <translation>độ phủ kịch bản</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/common.py" line="23" />
            <source>order</source>
            <translation>thứ tự</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/common.py" line="24" />
            <source>timing</source>
            <translation>thời điểm</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/common.py" line="25" />
            <source>deixis</source>
            <translation>từ chỉ trỏ</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/common.py" line="26" />
            <source>claim</source>
            <translation>câu nói quảng cáo</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/common.py" line="27" />
            <source>disclaimer missing</source>
            <translation>thiếu lời miễn trừ trách nhiệm</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/common.py" line="28" />
            <source>framing</source>
            <translation>khung hình</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/common.py" line="29" />
            <source>comment</source>
            <translation>bình luận</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/common.py" line="30" />
            <source>viewer question</source>
            <translation>câu hỏi của người xem</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/common.py" line="36" />
            <source>warning</source>
            <translation>cảnh báo</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/common.py" line="37" />
            <source>info</source>
            <translation>thông tin</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/common.py" line="38" />
            <source>praise</source>
            <translation>khen</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/common.py" line="102" />
            <source>Scroll left</source>
            <translation>Cuộn sang trái</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/common.py" line="102" />
            <source>Scroll right</source>
            <translation>Cuộn sang phải</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="61" />
            <source>no report</source>
            <translation>chưa có báo cáo</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="61" />
            <source>{rate} a minute</source>
            <translation>{rate} mỗi phút</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="76" />
            <source>Trainee</source>
            <translation>Học viên</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="80" />
            <source>no script</source>
            <translation>không có kịch bản</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="85" />
            <source>Date</source>
            <translation>Ngày</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="91" />
            <source>Duration</source>
            <translation>Thời lượng</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="95" />
            <source>Pace</source>
            <translation>Tốc độ nói</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="98" />
            <source>Coverage</source>
            <translation>Độ phủ</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="104" />
            <source>Banned claims</source>
            <translation>Câu nói bị cấm</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="105" />
            <source>not checked</source>
            <translation>chưa kiểm tra</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="110" />
            <source>Fillers</source>
            <translation>Từ đệm</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="111" />
            <source>not counted</source>
            <translation>chưa đếm</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="143" />
            <source>Trainee {trainee}, Script {script}, Date {date}, Duration {duration}, Pace {pace}, Coverage {coverage}, Banned claims {claims}, Fillers {fillers}.</source>
            <translation>Học viên {trainee}, kịch bản {script}, ngày {date}, thời lượng {duration}, tốc độ nói {pace}, độ phủ {coverage}, câu nói bị cấm {claims}, từ đệm {fillers}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="163" />
            <source>{column}: {value}</source>
            <translation>{column}: {value}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="312" />
            <source>Library messages</source>
            <translation>Thông báo của thư viện</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="331" />
            <source>Session library</source>
            <translation>Thư viện phiên</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="332" />
            <source>Trainee filter</source>
            <translation>Lọc theo học viên</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="333" />
            <source>Show the sessions of one trainee, or of everyone.</source>
            <translation>Hiện các phiên của một học viên, hoặc của mọi người.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="336" />
            <source>T&amp;rainee:</source>
            <translation>&amp;Học viên:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="338" />
            <source>Words said in the session. Case and accents are ignored. Results update as you type.</source>
            <translation>Những từ đã nói trong phiên. Không phân biệt chữ hoa, chữ thường và dấu. Kết quả cập nhật ngay khi bạn gõ.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="340" />
            <source>&amp;Search transcripts:</source>
            <translation>&amp;Tìm trong bản chép lời:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="342" />
            <source>Sessions. Arrow keys move; Enter opens the review; Delete deletes the session after you say yes. Column headers sort; Control plus Shift plus a column number sorts by that column.</source>
            <translation>Các phiên. Phím mũi tên để di chuyển; Enter mở phần xem lại; Delete xóa phiên sau khi bạn đồng ý. Tiêu đề cột dùng để sắp xếp; Control cộng Shift cộng số thứ tự cột sẽ sắp xếp theo cột đó.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="347" />
            <source>Sess&amp;ions:</source>
            <translation>Danh sách &amp;phiên:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="350" />
            <source>&amp;Open review</source>
            <translation>&amp;Mở xem lại</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="350" />
            <source>Open the review of the selected session.</source>
            <translation>Mở phần xem lại của phiên đang chọn.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="351" />
            <source>Re&amp;fresh</source>
            <translation>&amp;Làm mới</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="351" />
            <source>Read the library again from the database.</source>
            <translation>Đọc lại thư viện từ cơ sở dữ liệu.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="353" />
            <source>Save the selected session as a report, scores, captions, every word with its time, or a bundle for another computer.</source>
            <translation>Lưu phiên đang chọn thành báo cáo, bảng điểm, phụ đề, danh sách từng từ kèm thời điểm, hoặc gói để mở trên máy khác.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="355" />
            <source>I&amp;mport a bundle…</source>
            <translation>&amp;Nhập gói…</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="356" />
            <source>Bring in a session bundle exported on another computer. A session already here is never overwritten.</source>
            <translation>Đưa vào một gói phiên được xuất từ máy khác. Phiên đã có ở đây không bao giờ bị ghi đè.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="358" />
            <source>&amp;Delete session…</source>
            <translation>Xó&amp;a phiên…</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="359" />
            <source>Delete the selected session with its recording, transcript, report and comments, after you say yes. The Delete key in the table does the same.</source>
            <translation>Xóa phiên đang chọn cùng bản ghi hình, bản chép lời, báo cáo và nhận xét, sau khi bạn đồng ý. Phím Delete trong bảng cũng làm việc này.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="374" />
            <source>Everyone</source>
            <translation>Mọi người</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="400" />
            <source>1 session shown for the search {query}.</source>
            <translation>Đang hiện 1 phiên cho từ khóa {query}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="402" />
            <source>{count} sessions shown for the search {query}.</source>
            <translation>Đang hiện {count} phiên cho từ khóa {query}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="405" />
            <source>1 session shown.</source>
            <translation>Đang hiện 1 phiên.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="405" />
            <source>{count} sessions shown.</source>
            <translation>Đang hiện {count} phiên.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="407" />
            <source>Sessions, {count} shown</source>
            <translation>Các phiên, đang hiện {count}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="426" />
            <source>Select a session first.</source>
            <translation>Hãy chọn một phiên trước.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="446" />
            <source>the session of {trainee} on {date}, {script}</source>
            <translation>phiên của {trainee} lúc {date}, {script}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="450" />
            <source>Nothing was deleted.</source>
            <translation>Chưa xóa gì.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="460" />
            <source>The session could not be deleted: {error}</source>
            <translation>Không xóa được phiên: {error}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="469" />
            <source>Deleted {session}.</source>
            <translation>Đã xóa {session}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="498" />
            <source>The review cannot open: {error}</source>
            <translation>Không mở được phần xem lại: {error}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="38" />
            <source>English</source>
            <translation>Tiếng Anh</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="39" />
            <source>Vietnamese (Tiếng Việt)</source>
            <translation>Tiếng Việt</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="40" />
            <source>Chinese (中文)</source>
            <translation>Tiếng Trung (中文)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="41" />
            <source>Indonesian</source>
            <translation>Tiếng Indonesia</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="46" />
            <source>Dead air</source>
            <translation>Khoảng lặng</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="47" />
            <source>Pauses</source>
            <translation>Khoảng ngừng</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="49" />
            <source>Stutters (repetitions)</source>
            <translation>Nói lắp (lặp từ)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="50" />
            <source>Long stretches without a call to action</source>
            <translation>Nói liền lâu mà không kêu gọi đặt hàng</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="51" />
            <source>Voice (pitch and loudness)</source>
            <translation>Giọng nói (cao độ và độ to)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="52" />
            <source>Script coverage</source>
            <translation>Độ phủ kịch bản</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="53" />
            <source>Describing what viewers see</source>
            <translation>Mô tả những gì người xem thấy</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="175" />
            <source>Edit trainee</source>
            <translation>Sửa học viên</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="175" />
            <source>Add trainee</source>
            <translation>Thêm học viên</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="176" />
            <source>&amp;Name:</source>
            <translation>&amp;Tên:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="178" />
            <source>The language the trainee rehearses and gets feedback in.</source>
            <translation>Ngôn ngữ học viên dùng để tập và nhận góp ý.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="183" />
            <source>The market whose banned-claim rules apply.</source>
            <translation>Áp dụng quy định về câu nói bị cấm của thị trường này.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="185" />
            <source>&amp;Own pace range (instead of the language's)</source>
            <translation>&amp;Khoảng tốc độ riêng (thay cho mức chung của ngôn ngữ)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="186" />
            <source>Pace low, per minute</source>
            <translation>Tốc độ chậm nhất, mỗi phút</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="187" />
            <source>Pace high, per minute</source>
            <translation>Tốc độ nhanh nhất, mỗi phút</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="188" />
            <source>Pace &amp;low (per minute):</source>
            <translation>Tốc độ &amp;chậm nhất (mỗi phút):</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="189" />
            <source>Pace &amp;high (per minute):</source>
            <translation>Tốc độ n&amp;hanh nhất (mỗi phút):</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="190" />
            <source>Metrics (clear a box to switch the metric off for this trainee)</source>
            <translation>Chỉ số (bỏ chọn ô để tắt chỉ số đó cho học viên này)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="193" />
            <source>Problems</source>
            <translation>Vấn đề</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="194" />
            <source>Read-only. What to fix before saving.</source>
            <translation>Chỉ đọc. Những gì cần sửa trước khi lưu.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="196" />
            <source>Save</source>
            <translation>Lưu</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="235" />
            <source>Cannot save: {problem}.</source>
            <translation>Không lưu được: {problem}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="241" />
            <source>the trainee needs a name</source>
            <translation>học viên cần có tên</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="247" />
            <source>the pace range must go from a lower to a higher rate, not {low} to {high}</source>
            <translation>khoảng tốc độ phải đi từ mức thấp đến mức cao hơn, không thể từ {low} đến {high}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/progress_view.py" line="40" />
            <source>Fillers per hundred words</source>
            <translation>Từ đệm trên một trăm từ</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/progress_view.py" line="41" />
            <source>Long silences</source>
            <translation>Số lần im lặng dài</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/progress_view.py" line="42" />
            <source>Viewer questions answered</source>
            <translation>Câu hỏi của người xem được trả lời</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/progress_view.py" line="46" />
            <source>Pace (words a minute)</source>
            <translation>Tốc độ nói (từ mỗi phút)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/progress_view.py" line="47" />
            <source>Pace (syllables a minute)</source>
            <translation>Tốc độ nói (âm tiết mỗi phút)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/progress_view.py" line="48" />
            <source>Pace (characters a minute)</source>
            <translation>Tốc độ nói (chữ mỗi phút)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/progress_view.py" line="142" />
            <source>Progress</source>
            <translation>Tiến bộ</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/progress_view.py" line="144" />
            <source>Whose progress to show.</source>
            <translation>Xem tiến bộ của ai.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/progress_view.py" line="146" />
            <source>Progress summary</source>
            <translation>Tóm tắt tiến bộ</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/progress_view.py" line="147" />
            <source>Read-only. How the scores moved.</source>
            <translation>Chỉ đọc. Điểm số đã thay đổi thế nào.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/progress_view.py" line="148" />
            <source>S&amp;ummary:</source>
            <translation>Tó&amp;m tắt:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/progress_view.py" line="149" />
            <source>Progress metrics</source>
            <translation>Các chỉ số tiến bộ</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/progress_view.py" line="150" />
            <source>Metric tabs</source>
            <translation>Các thẻ chỉ số</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/progress_view.py" line="154" />
            <source>{metric} chart</source>
            <translation>Biểu đồ {metric}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/progress_view.py" line="156" />
            <source>{metric} table</source>
            <translation>Bảng {metric}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/progress_view.py" line="157" />
            <source>{metric} per session, oldest first.</source>
            <translation>{metric} theo từng phiên, cũ nhất trước.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/progress_view.py" line="165" />
            <source>Session</source>
            <translation>Phiên</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="86" />
            <source>T&amp;ranscript</source>
            <translation>Bản c&amp;hép lời</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="86" />
            <source>F&amp;indings</source>
            <translation>&amp;Góp ý</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="86" />
            <source>&amp;Comments</source>
            <translation>Bình l&amp;uận</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="86" />
            <source>P&amp;acing</source>
            <translation>Tốc độ &amp;nói</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="88" />
            <source>fast</source>
            <translation>nhanh</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="88" />
            <source>slow</source>
            <translation>chậm</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="88" />
            <source>in range</source>
            <translation>vừa phải</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="130" />
            <source>there is no session with the id {id}; it may have been deleted</source>
            <translation>không có phiên nào có mã {id}; có thể phiên đã bị xóa</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="135" />
            <source>Instructor</source>
            <translation>Giảng viên</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="242" />
            <source>Review messages</source>
            <translation>Thông báo xem lại</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="359" />
            <source>Pacing curve</source>
            <translation>Đường tốc độ nói</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="380" />
            <source>Review: {trainee}, {script}, {date}</source>
            <translation>Xem lại: {trainee}, {script}, {date}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="386" />
            <source>Video of the session</source>
            <translation>Video của phiên</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="388" />
            <source>&amp;Back 5 s</source>
            <translation>&amp;Lùi 5 giây</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="389" />
            <source>&amp;Forward 5 s</source>
            <translation>&amp;Tới 5 giây</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="390" />
            <source>×</source>
            <translation>×</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="391" />
            <source>Playback speed</source>
            <translation>Tốc độ phát</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="392" />
            <source>Sp&amp;eed:</source>
            <translation>Tố&amp;c độ:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="393" />
            <source>&amp;Timeline:</source>
            <translation>Dòng thời gi&amp;an:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="395" />
            <source>Review panels</source>
            <translation>Các bảng xem lại</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="396" />
            <source>Review panel tabs</source>
            <translation>Thẻ các bảng xem lại</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="400" />
            <source>Transcript words</source>
            <translation>Các từ trong bản chép lời</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="403" />
            <source>One word per line; the word being played is highlighted. Enter plays from the selected word.</source>
            <translation>Mỗi dòng một từ; từ đang phát được tô sáng. Nhấn Enter để phát từ từ đang chọn.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="405" />
            <source>&amp;Words:</source>
            <translation>Danh &amp;sách từ:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="407" />
            <source>Report summary</source>
            <translation>Tóm tắt báo cáo</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="408" />
            <source>Read-only. The spoken summary of the report.</source>
            <translation>Chỉ đọc. Phần tóm tắt báo cáo được đọc to.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="410" />
            <source>Findings</source>
            <translation>Góp ý</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="412" />
            <source>Feedback in order of importance. Enter plays from two seconds before the finding.</source>
            <translation>Các góp ý theo thứ tự quan trọng. Nhấn Enter để phát từ hai giây trước góp ý.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="414" />
            <source>&amp;Findings:</source>
            <translation>Danh &amp;sách góp ý:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="415" />
            <source>Why the selected finding is dismissed or overridden.</source>
            <translation>Lý do góp ý đang chọn bị bỏ qua hoặc được ghi ý kiến riêng.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="416" />
            <source>Rea&amp;son:</source>
            <translation>Lý d&amp;o:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="418" />
            <source>&amp;Override finding</source>
            <translation>Ghi ý kiến &amp;riêng</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="420" />
            <source>Keep the finding but mark your different judgement, with the reason typed.</source>
            <translation>Giữ góp ý nhưng ghi lại đánh giá khác của bạn, kèm lý do đã nhập.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="422" />
            <source>Rest&amp;ore finding</source>
            <translation>&amp;Khôi phục góp ý</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="423" />
            <source>Undo a dismissal or override.</source>
            <translation>Hủy việc bỏ qua hoặc ý kiến riêng.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="425" />
            <source>Your comment; Enter adds it at the current moment.</source>
            <translation>Bình luận của bạn; nhấn Enter để thêm vào thời điểm hiện tại.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="426" />
            <source>Co&amp;mment:</source>
            <translation>Bình luận &amp;mới:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="427" />
            <source>&amp;Add comment at current time</source>
            <translation>Thêm bình luận &amp;vào lúc này</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="429" />
            <source>Play voice &amp;note</source>
            <translation>Ngh&amp;e ghi chú thoại</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="430" />
            <source>Play the selected comment's voice note.</source>
            <translation>Phát ghi chú thoại của bình luận đang chọn.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="431" />
            <source>Comments</source>
            <translation>Bình luận</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="432" />
            <source>Comments in time order. Enter plays from the comment's moment.</source>
            <translation>Các bình luận theo thứ tự thời gian. Nhấn Enter để phát từ thời điểm của bình luận.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="433" />
            <source>Comment &amp;list:</source>
            <translation>Danh &amp;sách bình luận:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="435" />
            <source>Pacing table</source>
            <translation>Bảng tốc độ nói</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="436" />
            <source>The speaking rate per window of the recording; Enter plays it.</source>
            <translation>Tốc độ nói theo từng đoạn của bản ghi; nhấn Enter để phát đoạn đó.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="437" />
            <source>Pacing &amp;table:</source>
            <translation>&amp;Số liệu tốc độ:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="444" />
            <source>&amp;Pause</source>
            <translation>Tạm &amp;dừng</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="444" />
            <source>&amp;Play</source>
            <translation>&amp;Phát</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="448" />
            <source>Stop &amp;voice note</source>
            <translation>Dừng thu ghi chú th&amp;oại</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="461" />
            <source>From {low} to {high} times, in steps of {step}. Keys: {slower} slower, {faster} faster.</source>
            <translation>Từ {low} đến {high} lần, mỗi bước {step}. Phím: {slower} để chậm hơn, {faster} để nhanh hơn.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="476" />
            <source>No transcript yet.</source>
            <translation>Chưa có bản chép lời.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="484" />
            <source>No findings.</source>
            <translation>Không có góp ý.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="491" />
            <source>No comments yet.</source>
            <translation>Chưa có bình luận.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="505" />
            <source>This session has no report yet.</source>
            <translation>Phiên này chưa có báo cáo.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="524" />
            <source>at {time}</source>
            <translation>lúc {time}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="538" />
            <source>{time}, {severity}: {finding}</source>
            <translation>{time}, {severity}: {finding}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="540" />
            <source>{time}, {severity}: {finding} (Dismissed by the instructor: {reason})</source>
            <translation>{time}, {severity}: {finding} (Giảng viên đã bỏ qua: {reason})</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="542" />
            <source>{time}, {severity}: {finding} (Overridden by the instructor: {reason})</source>
            <translation>{time}, {severity}: {finding} (Giảng viên có ý kiến riêng: {reason})</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="569" />
            <source>{time}, {author}: voice note</source>
            <translation>{time}, {author}: ghi chú thoại</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="571" />
            <source>{time}, {author}: {text} (with a voice note)</source>
            <translation>{time}, {author}: {text} (kèm ghi chú thoại)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="572" />
            <source>{time}, {author}: {text}</source>
            <translation>{time}, {author}: {text}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="609" />
            <source>Window start</source>
            <translation>Đầu đoạn</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="609" />
            <source>Verdict</source>
            <translation>Đánh giá</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="609" />
            <source>Rate ({unit} a minute)</source>
            <translation>Tốc độ ({unit} mỗi phút)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="613" />
            <source>not enough speech</source>
            <translation>không đủ lời nói</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="616" />
            <source>not judged</source>
            <translation>không đánh giá</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="639" />
            <source>This session has no recording to play. The transcript and findings still work.</source>
            <translation>Phiên này không có bản ghi để phát. Bản chép lời và góp ý vẫn dùng được.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="643" />
            <source>This session has no recording to play. It should be at {path}. The transcript and findings still work.</source>
            <translation>Phiên này không có bản ghi để phát. Bản ghi lẽ ra phải ở {path}. Bản chép lời và góp ý vẫn dùng được.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="653" />
            <source>The recording cannot be played: {error}.</source>
            <translation>Không phát được bản ghi: {error}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="655" />
            <source>The recording cannot be played: unknown error.</source>
            <translation>Không phát được bản ghi: lỗi không xác định.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="661" />
            <source>End of the recording.</source>
            <translation>Hết bản ghi.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="685" />
            <source>{position} of {duration}, speed {speed}×</source>
            <translation>{position} / {duration}, tốc độ {speed}×</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="716" />
            <source>Paused at {time}.</source>
            <translation>Đã tạm dừng lúc {time}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="726" />
            <source>Speed {speed} times.</source>
            <translation>Tốc độ {speed} lần.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="736" />
            <source>At {time} of {total}, speed {speed}.</source>
            <translation>Đang ở {time} trên tổng {total}, tốc độ {speed}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="794" />
            <source>Finding {number} of {count}. {finding}</source>
            <translation>Góp ý {number} trên {count}. {finding}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="801" />
            <source>There are no findings in this session.</source>
            <translation>Phiên này không có góp ý nào.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="806" />
            <source>That was the last finding.</source>
            <translation>Đó là góp ý cuối cùng.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="806" />
            <source>That was the first finding.</source>
            <translation>Đó là góp ý đầu tiên.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="816" />
            <source>Type the comment for {time}, then press Enter.</source>
            <translation>Hãy gõ bình luận cho thời điểm {time}, rồi nhấn Enter.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="821" />
            <source>Type the comment first.</source>
            <translation>Hãy gõ bình luận trước.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="829" />
            <source>Comment added at {time}.</source>
            <translation>Đã thêm bình luận lúc {time}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="840" />
            <source>Select a finding first.</source>
            <translation>Hãy chọn một góp ý trước.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="846" />
            <source>Type the reason first, then dismiss or override again.</source>
            <translation>Hãy gõ lý do trước, rồi bỏ qua hoặc ghi ý kiến riêng lại.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="852" />
            <source>Finding dismissed.</source>
            <translation>Đã bỏ qua góp ý.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="852" />
            <source>Finding overridden.</source>
            <translation>Đã ghi ý kiến riêng cho góp ý.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="862" />
            <source>Finding restored.</source>
            <translation>Đã khôi phục góp ý.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="879" />
            <source>Recording a voice note for {time}. Press the same key to stop.</source>
            <translation>Đang thu ghi chú thoại cho thời điểm {time}. Nhấn lại phím đó để dừng.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="897" />
            <source>Voice note saved at {time}.</source>
            <translation>Đã lưu ghi chú thoại lúc {time}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="903" />
            <source>Select a comment with a voice note first.</source>
            <translation>Hãy chọn một bình luận có ghi chú thoại trước.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="907" />
            <source>The voice note file is missing: {name}.</source>
            <translation>Thiếu tệp ghi chú thoại: {name}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="160" />
            <source>Rule pack messages</source>
            <translation>Thông báo bộ quy tắc</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="182" />
            <source>Rule pack for {market}</source>
            <translation>Bộ quy tắc cho {market}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="185" />
            <source>The market whose rules are shown and changed.</source>
            <translation>Thị trường có bộ quy tắc đang được hiển thị và chỉnh sửa.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="186" />
            <source>Pro&amp;blems:</source>
            <translation>&amp;Vấn đề:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="187" />
            <source>Problems in the centre's rule file</source>
            <translation>Vấn đề trong tệp quy tắc của trung tâm</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="189" />
            <source>Read-only. Entries of the centre's rule file that cannot be used, with the file and line.</source>
            <translation>Chỉ đọc. Các mục trong tệp quy tắc của trung tâm không dùng được, kèm tên tệp và số dòng.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="191" />
            <source>&amp;Rules:</source>
            <translation>Danh &amp;sách quy tắc:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="192" />
            <source>Rules</source>
            <translation>Quy tắc</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="195" />
            <source>One rule per line: its id, on or off, its severity, its category and what the centre changed. Alt+T turns the selected rule off or on, Alt+C changes its severity, Alt+A adds a phrase, Alt+N adds a new rule. Type the reason first (Alt+S).</source>
            <translation>Mỗi dòng một quy tắc: mã, bật hay tắt, mức nghiêm ngặt, phân loại và những gì trung tâm đã thay đổi. Alt+Q tắt hoặc bật quy tắc đang chọn, Alt+D đổi mức nghiêm ngặt, Alt+H thêm cụm từ, Alt+M thêm quy tắc mới. Hãy gõ lý do trước (Alt+L).</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="201" />
            <source>Rule &amp;details:</source>
            <translation>&amp;Chi tiết quy tắc:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="202" />
            <source>Rule details</source>
            <translation>Chi tiết quy tắc</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="204" />
            <source>Read-only. Why the selected rule matters, what to say instead and its phrases.</source>
            <translation>Chỉ đọc. Vì sao quy tắc đang chọn quan trọng, cách nói thay thế và các cụm từ của quy tắc.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="206" />
            <source>Rea&amp;son for the change:</source>
            <translation>&amp;Lý do thay đổi:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="207" />
            <source>Reason for the change</source>
            <translation>Lý do thay đổi</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="208" />
            <source>Every change needs a reason; it is kept with the change.</source>
            <translation>Mỗi thay đổi đều cần lý do; lý do được lưu cùng với thay đổi.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="209" />
            <source>Se&amp;verity:</source>
            <translation>Mức &amp;nghiêm ngặt:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="210" />
            <source>Severity</source>
            <translation>Mức nghiêm ngặt</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="211" />
            <source>The severity to give the selected rule; Alt+C applies it.</source>
            <translation>Mức nghiêm ngặt muốn đặt cho quy tắc đang chọn; Alt+D để áp dụng.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="214" />
            <source>&amp;Phrase:</source>
            <translation>Cụm &amp;từ:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="215" />
            <source>Phrase to add</source>
            <translation>Cụm từ cần thêm</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="218" />
            <source>Words the selected rule should also catch, as the trainee would say them. Enter adds the phrase.</source>
            <translation>Những từ mà quy tắc đang chọn cũng cần phát hiện, viết đúng như học viên sẽ nói. Nhấn Enter để thêm cụm từ.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="221" />
            <source>Turn the selected rule off or back on for this centre, with the reason.</source>
            <translation>Tắt hoặc bật lại quy tắc đang chọn cho trung tâm này, kèm lý do.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="222" />
            <source>&amp;Change severity</source>
            <translation>Áp &amp;dụng mức</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="223" />
            <source>Give the selected rule the chosen severity, with the reason.</source>
            <translation>Đặt mức nghiêm ngặt đã chọn cho quy tắc đang chọn, kèm lý do.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="224" />
            <source>&amp;Add phrase</source>
            <translation>T&amp;hêm cụm từ</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="225" />
            <source>Add the typed phrase to the selected rule, with the reason.</source>
            <translation>Thêm cụm từ đã gõ vào quy tắc đang chọn, kèm lý do.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="226" />
            <source>&amp;New rule…</source>
            <translation>Quy tắc &amp;mới…</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="227" />
            <source>Add a rule of the centre's own: its phrases, category, severity and why.</source>
            <translation>Thêm quy tắc riêng của trung tâm: cụm từ, phân loại, mức nghiêm ngặt và lý do.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="229" />
            <source>C&amp;lose</source>
            <translation>Đón&amp;g</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="230" />
            <source>Close the rule pack. Changes are already saved.</source>
            <translation>Đóng bộ quy tắc. Các thay đổi đã được lưu.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="236" />
            <source>&amp;Turn on</source>
            <translation>Bật &amp;quy tắc</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="236" />
            <source>&amp;Turn off</source>
            <translation>Tắt &amp;quy tắc</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="241" />
            <source>No rules could be read.</source>
            <translation>Không đọc được quy tắc nào.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="253" />
            <source>These entries of the centre's rule file are not used until they are fixed:</source>
            <translation>Các mục sau trong tệp quy tắc của trung tâm sẽ không được dùng cho đến khi được sửa:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="255" />
            <source>No problems.</source>
            <translation>Không có vấn đề nào.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="314" />
            <source>{count} rules for {market}.</source>
            <translation>{count} quy tắc cho {market}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="327" />
            <source>Select a rule first.</source>
            <translation>Hãy chọn một quy tắc trước.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="332" />
            <source>Type the reason for this change first, then press the button again.</source>
            <translation>Hãy gõ lý do cho thay đổi này trước, rồi nhấn lại nút.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="386" />
            <source>Type the phrase to add first.</source>
            <translation>Hãy gõ cụm từ cần thêm trước.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="486" />
            <source>New centre rule for {market}</source>
            <translation>Quy tắc mới của trung tâm cho {market}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="487" />
            <source>&amp;Phrases (one per line):</source>
            <translation>&amp;Cụm từ (mỗi dòng một cụm):</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="488" />
            <source>Phrases</source>
            <translation>Cụm từ</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="490" />
            <source>The words the rule catches, one phrase per line, as a trainee would say them.</source>
            <translation>Những từ quy tắc sẽ phát hiện, mỗi dòng một cụm từ, viết đúng như học viên sẽ nói.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="492" />
            <source>&amp;Category:</source>
            <translation>&amp;Phân loại:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="493" />
            <source>Category</source>
            <translation>Phân loại</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="500" />
            <source>&amp;Why it matters:</source>
            <translation>&amp;Vì sao quan trọng:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="501" />
            <source>Why it matters</source>
            <translation>Vì sao quan trọng</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="502" />
            <source>Read to the trainee with each finding of this rule.</source>
            <translation>Được đọc cho học viên cùng với mỗi góp ý của quy tắc này.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="503" />
            <source>What to say &amp;instead:</source>
            <translation>Cách nói &amp;thay thế:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="504" />
            <source>What to say instead</source>
            <translation>Cách nói thay thế</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="505" />
            <source>A compliant rewording the trainee can say.</source>
            <translation>Cách nói hợp quy định mà học viên có thể dùng.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="506" />
            <source>Rea&amp;son for the new rule:</source>
            <translation>Lý &amp;do thêm quy tắc:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="507" />
            <source>Reason for the new rule</source>
            <translation>Lý do thêm quy tắc</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="511" />
            <source>Cannot save: {problem}</source>
            <translation>Không lưu được: {problem}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="512" />
            <source>Save ru&amp;le</source>
            <translation>&amp;Lưu quy tắc</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="513" />
            <source>Save the rule; it applies to the next analysis.</source>
            <translation>Lưu quy tắc; quy tắc sẽ được áp dụng từ lần phân tích tiếp theo.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="515" />
            <source>Close without adding a rule.</source>
            <translation>Đóng mà không thêm quy tắc.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="590" />
            <source>Adjust the banned-claim rules for your centre: turn a rule off, change its severity, add phrases.</source>
            <translation>Điều chỉnh quy tắc về câu nói bị cấm cho trung tâm của bạn: tắt quy tắc, đổi mức nghiêm ngặt, thêm cụm từ.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/transfer.py" line="35" />
            <source>Report as a web page</source>
            <translation>Báo cáo dạng trang web</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/transfer.py" line="36" />
            <source>Report as a PDF</source>
            <translation>Báo cáo dạng PDF</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/transfer.py" line="37" />
            <source>Scores as a spreadsheet (CSV)</source>
            <translation>Bảng điểm dạng bảng tính (CSV)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/transfer.py" line="38" />
            <source>Captions (WebVTT)</source>
            <translation>Phụ đề (WebVTT)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/transfer.py" line="39" />
            <source>Captions (SRT)</source>
            <translation>Phụ đề (SRT)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/transfer.py" line="40" />
            <source>Every word with its time (JSON)</source>
            <translation>Từng từ kèm thời điểm (JSON)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/transfer.py" line="41" />
            <source>Session bundle for another computer</source>
            <translation>Gói phiên để mở trên máy khác</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/transfer.py" line="80" />
            <source>Export session</source>
            <translation>Xuất phiên</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/transfer.py" line="103" />
            <source>Saved: {what}, as {path}.</source>
            <translation>Đã lưu: {what}, thành tệp {path}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/transfer.py" line="108" />
            <source>The export did not work: {error}</source>
            <translation>Không xuất được: {error}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/transfer.py" line="111" />
            <source>Writing the session bundle, with the recording. This can take a moment.</source>
            <translation>Đang ghi gói phiên, kèm bản ghi hình. Việc này có thể mất một lúc.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/transfer.py" line="126" />
            <source>Import a session bundle</source>
            <translation>Nhập gói phiên</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/transfer.py" line="138" />
            <source>The session in {name} is already in this studio. Import it as a copy, with a new id, and keep both?</source>
            <translation>Phiên trong {name} đã có trong studio này. Nhập thành một bản sao với mã mới và giữ cả hai?</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/transfer.py" line="159" />
            <source>Imported the session {title}.</source>
            <translation>Đã nhập phiên {title}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/transfer.py" line="167" />
            <source>Nothing was imported: the session in {name} is already here.</source>
            <translation>Chưa nhập gì: phiên trong {name} đã có ở đây.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/transfer.py" line="169" />
            <source>The import did not work: {error}</source>
            <translation>Không nhập được: {error}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/transfer.py" line="171" />
            <source>Checking the session bundle {name}.</source>
            <translation>Đang kiểm tra gói phiên {name}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/transfer.py" line="179" />
            <source>Delete session</source>
            <translation>Xóa phiên</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/transfer.py" line="180" />
            <source>Delete {session}, with its recording, transcript, report and comments? This cannot be undone.</source>
            <translation>Xóa {session}, cùng bản ghi hình, bản chép lời, báo cáo và nhận xét? Không thể hoàn tác.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/voice_note.py" line="89" />
            <source>No voice note is being recorded.</source>
            <translation>Hiện không thu ghi chú thoại nào.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/voice_note.py" line="94" />
            <source>Nothing was heard from {name}, so no voice note was saved. Check the microphone.</source>
            <translation>Không nghe thấy gì từ {name}, nên không lưu ghi chú thoại nào. Hãy kiểm tra micrô.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/themes.py" line="37" />
            <source>Standard</source>
            <translation>Tiêu chuẩn</translation>
        </message>
        <message>
            <location filename="../../studio/ui/themes.py" line="38" />
            <source>High contrast, dark</source>
            <translation>Tương phản cao, nền tối</translation>
        </message>
        <message>
            <location filename="../../studio/ui/themes.py" line="39" />
            <source>High contrast, light</source>
            <translation>Tương phản cao, nền sáng</translation>
        </message>
        <message>
            <location filename="../../studio/ui/themes.py" line="98" />
            <source>there is no theme called {theme}</source>
            <translation>không có giao diện nào tên {theme}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/themes.py" line="100" />
            <source>the theme file is not valid JSON ({problem})</source>
            <translation>tệp giao diện không phải JSON hợp lệ ({problem})</translation>
        </message>
        <message>
            <location filename="../../studio/ui/themes.py" line="103" />
            <source>the theme has no palette</source>
            <translation>giao diện không có bảng màu</translation>
        </message>
        <message>
            <location filename="../../studio/ui/themes.py" line="106" />
            <source>the colour {name} must be written like #1a2b3c, not {value}</source>
            <translation>màu {name} phải được viết dạng #1a2b3c, không phải {value}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/themes.py" line="112" />
            <source>the theme has no colour {name} used by the style sheet</source>
            <translation>giao diện thiếu màu {name} mà bảng định kiểu cần dùng</translation>
        </message>
        <message>
            <location filename="../../studio/ui/welcome.py" line="34" />
            <source>Welcome to {app}. Here you practise selling on a livestream: you talk as you would on camera, and the app listens, then tells you what went well and what to change.</source>
            <translation>Chào mừng bạn đến với {app}. Ở đây bạn tập bán hàng trên livestream: bạn nói như khi đang lên sóng, ứng dụng sẽ lắng nghe, rồi cho bạn biết điều gì đã tốt và điều gì cần thay đổi.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/welcome.py" line="37" />
            <source>Three keys matter most.</source>
            <translation>Có ba phím quan trọng nhất.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/welcome.py" line="39" />
            <source>Press {key} to start recording, and press it again to stop.</source>
            <translation>Nhấn {key} để bắt đầu ghi, nhấn lần nữa để dừng.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/welcome.py" line="40" />
            <source>{command} has no key now: give it one in the settings.</source>
            <translation>Lệnh {command} hiện chưa có phím: hãy gán phím trong phần cài đặt.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/welcome.py" line="42" />
            <source>After a recording, press {key} to hear the next piece of feedback.</source>
            <translation>Sau khi ghi, nhấn {key} để nghe góp ý tiếp theo.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/welcome.py" line="46" />
            <source>Press {key} at any time for the list of every command and its key.</source>
            <translation>Nhấn {key} bất cứ lúc nào để xem danh sách mọi lệnh và phím của từng lệnh.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/welcome.py" line="53" />
            <source>To open the settings, press {key}, or choose {command} in the {menu} menu. There you can change the keys, the theme, the zoom, the voice, the countdown and the language.</source>
            <translation>Để mở phần cài đặt, nhấn {key}, hoặc chọn {command} trong menu {menu}. Ở đó bạn có thể đổi phím, giao diện, thu phóng, giọng đọc, thời gian đếm ngược và ngôn ngữ.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/welcome.py" line="56" />
            <source>To open the settings, choose {command} in the {menu} menu. There you can change the keys, the theme, the zoom, the voice, the countdown and the language.</source>
            <translation>Để mở phần cài đặt, chọn {command} trong menu {menu}. Ở đó bạn có thể đổi phím, giao diện, thu phóng, giọng đọc, thời gian đếm ngược và ngôn ngữ.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/welcome.py" line="65" />
            <source>Nothing here is timed: take as long as you need. To hear this guide again, press {key}, or choose {command} in the {menu} menu.</source>
            <translation>Ở đây không có gì bị giới hạn thời gian: bạn cứ thong thả. Để nghe lại hướng dẫn này, nhấn {key}, hoặc chọn {command} trong menu {menu}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/welcome.py" line="68" />
            <source>Nothing here is timed: take as long as you need. To hear this guide again, choose {command} in the {menu} menu.</source>
            <translation>Ở đây không có gì bị giới hạn thời gian: bạn cứ thong thả. Để nghe lại hướng dẫn này, chọn {command} trong menu {menu}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/welcome.py" line="111" />
            <source>&amp;Welcome guide:</source>
            <translation>Hướng dẫn &amp;làm quen:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/welcome.py" line="112" />
            <source>Welcome guide</source>
            <translation>Hướng dẫn làm quen</translation>
        </message>
        <message>
            <location filename="../../studio/ui/welcome.py" line="113" />
            <source>Read-only. What the app does and the keys that matter. Use the arrow keys to read.</source>
            <translation>Chỉ đọc. Công dụng của ứng dụng và các phím quan trọng. Dùng các phím mũi tên để đọc.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/welcome.py" line="115" />
            <source>&amp;Close the guide</source>
            <translation>Đó&amp;ng hướng dẫn</translation>
        </message>
        <message>
            <location filename="../../studio/ui/welcome.py" line="116" />
            <source>Hide the guide. Help, Welcome guide shows it again.</source>
            <translation>Ẩn hướng dẫn. Chọn Trợ giúp, Hướng dẫn làm quen để hiện lại.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/widgets.py" line="56" />
            <source>Microphone level</source>
            <translation>Mức âm micrô</translation>
        </message>
        <message>
            <location filename="../../studio/ui/widgets.py" line="74" />
            <source>not listening; the level shows while you record</source>
            <translation>chưa thu; mức âm sẽ hiện khi bạn ghi</translation>
        </message>
        <message>
            <location filename="../../studio/ui/widgets.py" line="76" />
            <source>{percent} percent, silent or very quiet</source>
            <translation>{percent} phần trăm, im lặng hoặc rất nhỏ</translation>
        </message>
        <message>
            <location filename="../../studio/ui/widgets.py" line="78" />
            <source>{percent} percent, too quiet, move closer or speak up</source>
            <translation>{percent} phần trăm, quá nhỏ, hãy lại gần hoặc nói to hơn</translation>
        </message>
        <message>
            <location filename="../../studio/ui/widgets.py" line="80" />
            <source>{percent} percent, good</source>
            <translation>{percent} phần trăm, tốt</translation>
        </message>
        <message>
            <location filename="../../studio/ui/widgets.py" line="82" />
            <source>{percent} percent, too loud, move back a little</source>
            <translation>{percent} phần trăm, quá to, hãy lùi ra một chút</translation>
        </message>
        <message>
            <location filename="../../studio/ui/widgets.py" line="87" />
            <source>Microphone level: {level}.</source>
            <translation>Mức âm micrô: {level}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/widgets.py" line="124" />
            <source>Key for {command}</source>
            <translation>Phím cho lệnh {command}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/widgets.py" line="126" />
            <source>Press the new key for this command. Backspace removes the key. Tab moves to the next field.</source>
            <translation>Nhấn phím mới cho lệnh này. Backspace để xóa phím. Tab để sang ô tiếp theo.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/widgets.py" line="200" />
            <source>{key}: {reason}.</source>
            <translation>{key}: {reason}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/widgets.py" line="227" />
            <source>Read-only. Messages from the app, newest last. Use the arrow keys to read.</source>
            <translation>Chỉ đọc. Thông báo của ứng dụng, mới nhất ở cuối. Dùng các phím mũi tên để đọc.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="168" />
            <source>The recording could not start: {error}.</source>
            <translation>Không bắt đầu ghi được: {error}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="181" />
            <source>The recording could not be analysed: {error}.</source>
            <translation>Không phân tích được bản ghi: {error}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="248" />
            <source>The file {name} could not be analysed: {error}.</source>
            <translation>Không phân tích được tệp {name}: {error}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="373" />
            <source>Skip the check</source>
            <translation>Bỏ qua bước kiểm tra</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="421" />
            <source>Starting the recording, one moment.</source>
            <translation>Đang bắt đầu ghi, chờ một chút nhé.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="443" />
            <source>Get ready.</source>
            <translation>Chuẩn bị.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="443" />
            <source>Get ready. Press {key} to start now.</source>
            <translation>Chuẩn bị. Nhấn {key} để bắt đầu ngay.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="458" />
            <source>Checking the camera, the microphone and the speaker. Press {key} or Escape to skip the check.</source>
            <translation>Đang kiểm tra camera, micrô và loa. Nhấn {key} hoặc Escape để bỏ qua bước kiểm tra.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="460" />
            <source>Checking the camera, the microphone and the speaker. Press Escape to skip the check.</source>
            <translation>Đang kiểm tra camera, micrô và loa. Nhấn Escape để bỏ qua bước kiểm tra.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="481" />
            <source>Microphone check: after this message, say a sentence, such as your product and its price, until you hear the result.</source>
            <translation>Kiểm tra micrô: sau thông báo này, hãy nói một câu, ví dụ tên sản phẩm và giá của nó, cho đến khi bạn nghe thấy kết quả.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="490" />
            <source>The check is done: everything is ready.</source>
            <translation>Kiểm tra xong: mọi thứ đã sẵn sàng.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="495" />
            <source>The check found 1 thing to look at. To fix it first, press {key} during the countdown.</source>
            <translation>Bước kiểm tra thấy 1 điều cần xem lại. Muốn sửa trước, hãy nhấn {key} trong lúc đếm ngược.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="497" />
            <source>The check found {count} things to look at. To fix them first, press {key} during the countdown.</source>
            <translation>Bước kiểm tra thấy {count} điều cần xem lại. Muốn sửa trước, hãy nhấn {key} trong lúc đếm ngược.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="500" />
            <source>The check found 1 thing to look at.</source>
            <translation>Bước kiểm tra thấy 1 điều cần xem lại.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="501" />
            <source>The check found {count} things to look at.</source>
            <translation>Bước kiểm tra thấy {count} điều cần xem lại.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="510" />
            <source>Check skipped.</source>
            <translation>Đã bỏ qua bước kiểm tra.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="592" />
            <source>Compared with your last attempt: {comparison}</source>
            <translation>So với lần tập trước: {comparison}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="635" />
            <source>A recording is already being analysed. Press Escape or {key} to cancel it.</source>
            <translation>Đang có một bản ghi được phân tích. Nhấn Escape hoặc {key} để hủy.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="637" />
            <source>A recording is already being analysed. Press Escape to cancel it.</source>
            <translation>Đang có một bản ghi được phân tích. Nhấn Escape để hủy.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="640" />
            <source>Still analysing the last attempt, one moment.</source>
            <translation>Vẫn đang phân tích lần tập vừa rồi, chờ một chút nhé.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="643" />
            <source>Stop the rehearsal first, then analyse a recording.</source>
            <translation>Hãy dừng buổi tập trước, rồi mới phân tích bản ghi.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="647" />
            <source>Analysing a recording needs the session library, which could not be opened.</source>
            <translation>Muốn phân tích bản ghi cần có thư viện phiên, nhưng không mở được thư viện.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="651" />
            <source>No recording chosen.</source>
            <translation>Chưa chọn bản ghi nào.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="670" />
            <source>Analysing {name}. This can take a while; press Escape or {key} to cancel.</source>
            <translation>Đang phân tích {name}. Việc này có thể mất một lúc; nhấn Escape hoặc {key} để hủy.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="672" />
            <source>Analysing {name}. This can take a while; press Escape to cancel.</source>
            <translation>Đang phân tích {name}. Việc này có thể mất một lúc; nhấn Escape để hủy.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="683" />
            <source>The analysis is almost done and its results are being saved, one moment.</source>
            <translation>Sắp phân tích xong, đang lưu kết quả, chờ một chút nhé.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="686" />
            <source>Analysis cancelled.</source>
            <translation>Đã hủy phân tích.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="689" />
            <source>Recording did not start, because a recording was being analysed. Press {key} to start recording now.</source>
            <translation>Chưa bắt đầu ghi, vì đang phân tích một bản ghi. Nhấn {key} để bắt đầu ghi ngay.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="691" />
            <source>Recording did not start, because a recording was being analysed.</source>
            <translation>Chưa bắt đầu ghi, vì đang phân tích một bản ghi.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="707" />
            <source>Loading the speech model…</source>
            <translation>Đang tải mô hình nhận dạng giọng nói…</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="709" />
            <source>Reading the file…</source>
            <translation>Đang đọc tệp…</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="714" />
            <source>Transcribing: {percent} percent</source>
            <translation>Đang chép lời: {percent} phần trăm</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="716" />
            <source>Transcribing: {percent} percent, less than a minute left</source>
            <translation>Đang chép lời: {percent} phần trăm, còn chưa đến một phút</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="718" />
            <source>Transcribing: {percent} percent, about 1 minute left</source>
            <translation>Đang chép lời: {percent} phần trăm, còn khoảng 1 phút</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="720" />
            <source>Transcribing: {percent} percent, about {minutes} minutes left</source>
            <translation>Đang chép lời: {percent} phần trăm, còn khoảng {minutes} phút</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="723" />
            <source>Analysing what was said…</source>
            <translation>Đang phân tích những gì đã nói…</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="724" />
            <source>Saving the session: {percent} percent</source>
            <translation>Đang lưu phiên: {percent} phần trăm</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="820" />
            <source>Free practice: no script.</source>
            <translation>Tập tự do: không có kịch bản.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="840" />
            <source>The recording is still being saved. Try again in a moment.</source>
            <translation>Bản ghi vẫn đang được lưu. Bạn thử lại sau giây lát nhé.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="850" />
            <source>This attempt has no recording to play.</source>
            <translation>Lần tập này không có bản ghi để phát.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="851" />
            <source>There is no recording to play yet. Record an attempt first.</source>
            <translation>Chưa có bản ghi để phát. Hãy ghi một lần tập trước.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="860" />
            <source>Playback is not available here ({error}). Open the session in the review screen.</source>
            <translation>Không phát lại được ở đây ({error}). Hãy mở phiên trong màn hình xem lại.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="871" />
            <source>The voice note cannot be played here ({error}). Open the session in the review screen.</source>
            <translation>Không phát được ghi chú thoại ở đây ({error}). Hãy mở phiên trong màn hình xem lại.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="884" />
            <source>Playback stopped: {error}</source>
            <translation>Đã dừng phát: {error}</translation>
        </message>
        <message>
            <source>Sessions. Arrow keys move; Enter opens the review. Column headers sort; Control plus Shift plus a column number sorts by that column.</source>
            <translation type="vanished">Các phiên. Phím mũi tên để di chuyển; Enter mở phần xem lại. Tiêu đề cột dùng để sắp xếp; Control cộng Shift cộng số thứ tự cột sẽ sắp xếp theo cột đó.</translation>
        </message>
        <message>
            <source>The speaker or headphones the pre-flight check plays its test tone on. The system default is the computer's default output.</source>
            <translation type="vanished">Loa hoặc tai nghe để bước kiểm tra trước khi ghi phát tiếng bíp thử. Mặc định của hệ thống là thiết bị phát mặc định của máy tính.</translation>
        </message>
        <message>
            <source>Change keys, theme, zoom, where messages go and the speech rate.</source>
            <translation type="vanished">Đổi phím, giao diện, thu phóng, nơi nhận thông báo và tốc độ đọc.</translation>
        </message>
    </context>
</TS>
