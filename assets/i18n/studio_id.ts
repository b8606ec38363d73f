<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
    <context>
        <name>studio</name>
        <message>
            <location filename="../../studio/cli/rules.py" line="143" />
            <source>{market}: {count} rules, {off} off. Centre file: {file} (revision {revision}).</source>
            <translation>{market}: {count} aturan, {off} dimatikan. Berkas pusat pelatihan: {file} (revisi {revision}).</translation>
        </message>
        <message>
            <location filename="../../studio/cli/rules.py" line="149" />
            <source>{market}: {count} rules as shipped; the centre has changed nothing yet.</source>
            <translation>{market}: {count} aturan bawaan; pusat pelatihan belum mengubah apa pun.</translation>
        </message>
        <message>
            <location filename="../../studio/cli/rules.py" line="156" />
            <source>Problem in the centre's rule file: {problem}</source>
            <translation>Masalah di berkas aturan pusat pelatihan: {problem}</translation>
        </message>
        <message>
            <location filename="../../studio/core/claims/loader.py" line="410" />
            <source>There are no rules for the market '{market}'. Known markets: {known}.</source>
            <translation>Tidak ada aturan untuk pasar '{market}'. Pasar yang dikenal: {known}.</translation>
        </message>
        <message>
            <location filename="../../studio/core/claims/overlay.py" line="211" />
            <source>cannot be read ({error})</source>
            <translation>tidak bisa dibaca ({error})</translation>
        </message>
        <message>
            <location filename="../../studio/core/claims/overlay.py" line="243" />
            <source>the centre's rule file must be a set of 'name: value' lines</source>
            <translation>berkas aturan pusat pelatihan harus berupa baris-baris 'nama: nilai'</translation>
        </message>
        <message>
            <location filename="../../studio/core/claims/overlay.py" line="253" />
            <source>the field '{field}' is unknown and was left out. Known fields: {known}</source>
            <translation>kolom '{field}' tidak dikenal dan dilewati. Kolom yang dikenal: {known}</translation>
        </message>
        <message>
            <location filename="../../studio/core/claims/overlay.py" line="260" />
            <source>the field '{field}' is there twice; the first one is used</source>
            <translation>kolom '{field}' muncul dua kali; yang pertama yang dipakai</translation>
        </message>
        <message>
            <location filename="../../studio/core/claims/overlay.py" line="268" />
            <source>the 'schema: 1' line is missing; the file is read as version 1</source>
            <translation>baris 'schema: 1' tidak ada; berkas dibaca sebagai versi 1</translation>
        </message>
        <message>
            <location filename="../../studio/core/claims/overlay.py" line="278" />
            <source>uses schema version {schema}; this studio reads version {version}, so none of the centre's changes are used</source>
            <translation>memakai skema versi {schema}; aplikasi ini membaca versi {version}, jadi tidak ada perubahan dari pusat pelatihan yang dipakai</translation>
        </message>
        <message>
            <location filename="../../studio/core/claims/overlay.py" line="292" />
            <source>is for the market '{named}', not {market}, so none of its changes are used</source>
            <translation>untuk pasar '{named}', bukan {market}, jadi tidak ada perubahannya yang dipakai</translation>
        </message>
        <message>
            <location filename="../../studio/core/claims/overlay.py" line="305" />
            <source>the revision must be a whole number, not '{value}'</source>
            <translation>revisi harus berupa bilangan bulat, bukan '{value}'</translation>
        </message>
        <message>
            <location filename="../../studio/core/claims/overlay.py" line="337" />
            <source>the rule '{rule}' is already turned off on line {line}; this entry is left out</source>
            <translation>aturan '{rule}' sudah dimatikan di baris {line}; entri ini dilewati</translation>
        </message>
        <message>
            <location filename="../../studio/core/claims/overlay.py" line="351" />
            <source>the strictness of '{rule}' is already changed on line {line}; this entry is left out</source>
            <translation>tingkat ketegasan '{rule}' sudah diubah di baris {line}; entri ini dilewati</translation>
        </message>
        <message>
            <location filename="../../studio/core/claims/overlay.py" line="365" />
            <source>this phrase is already added to '{rule}' on line {line}; this entry is left out</source>
            <translation>frasa ini sudah ditambahkan ke '{rule}' di baris {line}; entri ini dilewati</translation>
        </message>
        <message>
            <location filename="../../studio/core/claims/overlay.py" line="379" />
            <source>the centre rule id '{rule}' is already used on line {line}; this rule is left out</source>
            <translation>id aturan pusat pelatihan '{rule}' sudah dipakai di baris {line}; aturan ini dilewati</translation>
        </message>
        <message>
            <location filename="../../studio/core/claims/overlay.py" line="413" />
            <source>'{section}' must be a list, each entry starting with '- '; it was left out</source>
            <translation>'{section}' harus berupa daftar, tiap entri diawali '- '; bagian ini dilewati</translation>
        </message>
        <message>
            <location filename="../../studio/core/claims/overlay.py" line="447" />
            <source>turning off '{rule}' needs a 'reason': why the centre turned it off</source>
            <translation>mematikan '{rule}' perlu 'reason': alasan pusat pelatihan mematikannya</translation>
        </message>
        <message>
            <location filename="../../studio/core/claims/overlay.py" line="463" />
            <source>the strictness change of '{rule}' needs a 'reason': why the centre changed it</source>
            <translation>perubahan ketegasan '{rule}' perlu 'reason': alasan pusat pelatihan mengubahnya</translation>
        </message>
        <message>
            <location filename="../../studio/core/claims/overlay.py" line="481" />
            <source>the phrase '{phrase}' is too short: a single character would flag ordinary speech</source>
            <translation>frasa '{phrase}' terlalu pendek: satu karakter saja akan menandai ucapan biasa</translation>
        </message>
        <message>
            <location filename="../../studio/core/claims/overlay.py" line="486" />
            <source>the phrase is empty</source>
            <translation>frasanya kosong</translation>
        </message>
        <message>
            <location filename="../../studio/core/claims/overlay.py" line="526" />
            <source>the centre rule id '{rule}' must start with '{prefix}', so it never clashes with a shipped rule</source>
            <translation>id aturan pusat pelatihan '{rule}' harus diawali '{prefix}', supaya tidak bentrok dengan aturan bawaan</translation>
        </message>
        <message>
            <location filename="../../studio/core/claims/overlay.py" line="533" />
            <source>the centre rule '{rule}' must be for {market} in the language '{language}' (leave out 'language' and 'markets')</source>
            <translation>aturan pusat pelatihan '{rule}' harus untuk {market} dalam bahasa '{language}' (hapus 'language' dan 'markets')</translation>
        </message>
        <message>
            <location filename="../../studio/core/claims/overlay.py" line="599" />
            <source>the centre rule id '{rule}' is already used by a shipped rule; give it another id</source>
            <translation>id aturan pusat pelatihan '{rule}' sudah dipakai aturan bawaan; beri id lain</translation>
        </message>
        <message>
            <location filename="../../studio/core/claims/overlay.py" line="616" />
            <source>no rule pack has a rule '{rule}' (was it renamed?); this entry is left out</source>
            <translation>tidak ada paket aturan yang punya aturan '{rule}' (mungkin sudah diganti nama?); entri ini dilewati</translation>
        </message>
        <message>
            <location filename="../../studio/core/errors.py" line="33" />
            <source>The file {name}: {message}</source>
            <translation>Berkas {name}: {message}</translation>
        </message>
        <message>
            <location filename="../../studio/core/errors.py" line="34" />
            <source>The file {name}, line {line}: {message}</source>
            <translation>Berkas {name}, baris {line}: {message}</translation>
        </message>
        <message>
            <location filename="../../studio/core/framing.py" line="80" />
            <source>I cannot see your face. Sit facing the camera, close enough to fill about a quarter of the picture's width, with light on your face.</source>
            <translation>Wajahmu tidak terlihat. Duduklah menghadap kamera, cukup dekat sampai wajahmu mengisi sekitar seperempat lebar gambar, dengan cahaya mengarah ke wajah.</translation>
        </message>
        <message>
            <location filename="../../studio/core/framing.py" line="87" />
            <source>You are too close to the camera. Move back a little.</source>
            <translation>Kamu terlalu dekat dengan kamera. Mundur sedikit.</translation>
        </message>
        <message>
            <location filename="../../studio/core/framing.py" line="90" />
            <source>You are far from the camera. Move closer.</source>
            <translation>Kamu jauh dari kamera. Mendekatlah.</translation>
        </message>
        <message>
            <location filename="../../studio/core/framing.py" line="97" />
            <source>Your face is left of centre. Move right a little.</source>
            <translation>Wajahmu agak ke kiri. Geser sedikit ke kanan.</translation>
        </message>
        <message>
            <location filename="../../studio/core/framing.py" line="100" />
            <source>Your face is right of centre. Move left a little.</source>
            <translation>Wajahmu agak ke kanan. Geser sedikit ke kiri.</translation>
        </message>
        <message>
            <location filename="../../studio/core/framing.py" line="104" />
            <source>Your face is near the top of the picture. Lower the camera or sit a little lower.</source>
            <translation>Wajahmu terlalu dekat ke bagian atas gambar. Turunkan kamera atau duduk sedikit lebih rendah.</translation>
        </message>
        <message>
            <location filename="../../studio/core/framing.py" line="107" />
            <source>Your face is low in the picture. Raise the camera or sit up a little.</source>
            <translation>Wajahmu terlalu rendah di gambar. Naikkan kamera atau duduk lebih tegak.</translation>
        </message>
        <message>
            <location filename="../../studio/core/framing.py" line="110" />
            <source>Your face is well placed in the picture.</source>
            <translation>Posisi wajahmu di gambar sudah pas.</translation>
        </message>
        <message>
            <location filename="../../studio/core/framing.py" line="119" />
            <source>The picture is dark. Turn on a light or face a window.</source>
            <translation>Gambarnya gelap. Nyalakan lampu atau menghadaplah ke jendela.</translation>
        </message>
        <message>
            <location filename="../../studio/core/framing.py" line="121" />
            <source>The picture is too bright. Move away from the window or dim the light.</source>
            <translation>Gambarnya terlalu terang. Menjauhlah dari jendela atau redupkan lampu.</translation>
        </message>
        <message>
            <location filename="../../studio/core/framing.py" line="123" />
            <source>The light is good.</source>
            <translation>Cahayanya sudah bagus.</translation>
        </message>
        <message>
            <location filename="../../studio/core/framing.py" line="134" />
            <source>I hear nothing from the microphone. Check that it is connected and not muted.</source>
            <translation>Tidak ada suara dari mikrofon. Pastikan mikrofon tersambung dan tidak dibisukan.</translation>
        </message>
        <message>
            <location filename="../../studio/core/framing.py" line="137" />
            <source>Your voice is too loud for the microphone. Move it a little further away or turn its level down.</source>
            <translation>Suaramu terlalu keras untuk mikrofon. Jauhkan sedikit mikrofonnya atau kecilkan levelnya.</translation>
        </message>
        <message>
            <location filename="../../studio/core/framing.py" line="140" />
            <source>The room is noisy. Close the window or move somewhere quieter.</source>
            <translation>Ruangannya bising. Tutup jendela atau pindah ke tempat yang lebih tenang.</translation>
        </message>
        <message>
            <location filename="../../studio/core/framing.py" line="143" />
            <source>Your voice is quiet. Speak up or move closer to the microphone.</source>
            <translation>Suaramu pelan. Bicara lebih keras atau mendekatlah ke mikrofon.</translation>
        </message>
        <message>
            <location filename="../../studio/core/framing.py" line="145" />
            <source>Good level. The microphone hears you clearly.</source>
            <translation>Levelnya bagus. Mikrofon mendengarmu dengan jelas.</translation>
        </message>
        <message>
            <location filename="../../studio/services/audio_out.py" line="205" />
            <source>{problem} The app speaks on the default sound output.</source>
            <translation>{problem} Aplikasi berbicara lewat keluaran suara default.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/audio.py" line="78" />
            <source>The default microphone</source>
            <translation>Mikrofon default</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/audio.py" line="79" />
            <source>The microphone {name}</source>
            <translation>Mikrofon {name}</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/camera.py" line="95" />
            <source>The video file {path} does not exist.</source>
            <translation>Berkas video {path} tidak ada.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/devices.py" line="89" />
            <source>Camera {index}</source>
            <translation>Kamera {index}</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/devices.py" line="143" />
            <source>More than one microphone matches {name}: {matches}.</source>
            <translation>Ada lebih dari satu mikrofon yang cocok dengan {name}: {matches}.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/devices.py" line="145" />
            <source>More than one speaker matches {name}: {matches}.</source>
            <translation>Ada lebih dari satu speaker yang cocok dengan {name}: {matches}.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/devices.py" line="148" />
            <source>There is no microphone called {name}. The microphones found are: {names}.</source>
            <translation>Tidak ada mikrofon bernama {name}. Mikrofon yang ditemukan: {names}.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/devices.py" line="149" />
            <source>There is no microphone called {name}. The microphones found are: none.</source>
            <translation>Tidak ada mikrofon bernama {name}. Tidak ada mikrofon yang ditemukan.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/devices.py" line="151" />
            <source>There is no speaker called {name}. The speakers found are: {names}.</source>
            <translation>Tidak ada speaker bernama {name}. Speaker yang ditemukan: {names}.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/devices.py" line="152" />
            <source>There is no speaker called {name}. The speakers found are: none.</source>
            <translation>Tidak ada speaker bernama {name}. Tidak ada speaker yang ditemukan.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/encoder.py" line="88" />
            <source>The video encoder could not start: {problem}</source>
            <translation>Encoder video tidak bisa dinyalakan: {problem}</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/encoder.py" line="122" />
            <source>The video encoder stopped unexpectedly.</source>
            <translation>Encoder video tiba-tiba berhenti.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/encoder.py" line="215" />
            <source>There is nothing to save: no pictures and no sound were recorded.</source>
            <translation>Tidak ada yang bisa disimpan: tidak ada gambar maupun suara yang terekam.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/encoder.py" line="241" />
            <source>The recording could not be saved as {name}: {problem}</source>
            <translation>Rekaman tidak bisa disimpan sebagai {name}: {problem}</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/faces.py" line="57" />
            <source>The face finder's model file is missing, so the camera check cannot look for your face. Install the opencv-data package.</source>
            <translation>Berkas model pendeteksi wajah tidak ada, jadi pemeriksaan kamera tidak bisa mencari wajahmu. Pasang paket opencv-data.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/preflight.py" line="106" />
            <source>The default microphone could not be tested: {error}</source>
            <translation>Mikrofon default tidak bisa diuji: {error}</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/preflight.py" line="108" />
            <source>The microphone {name} could not be tested: {error}</source>
            <translation>Mikrofon {name} tidak bisa diuji: {error}</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/preflight.py" line="147" />
            <source>The speaker test failed: no sound could be played. Check the speaker or headphones and the chosen output.</source>
            <translation>Tes speaker gagal: tidak ada suara yang bisa diputar. Periksa speaker atau headphone dan output yang dipilih.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/preflight.py" line="150" />
            <source>A short tone was played. If you did not hear it, check the volume and the chosen speaker.</source>
            <translation>Nada pendek sudah diputar. Kalau kamu tidak mendengarnya, periksa volume dan speaker yang dipilih.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recorder.py" line="164" />
            <source>The frame rate must be a positive number.</source>
            <translation>Frame rate harus berupa bilangan positif.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recorder.py" line="241" />
            <source>This recorder has already been used; make a new one for the next take.</source>
            <translation>Perekam ini sudah dipakai; buat yang baru untuk percobaan berikutnya.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recorder.py" line="255" />
            <source>The default microphone could not start: {error}</source>
            <translation>Mikrofon default tidak bisa dinyalakan: {error}</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recorder.py" line="257" />
            <source>The microphone {name} could not start: {error}</source>
            <translation>Mikrofon {name} tidak bisa dinyalakan: {error}</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recorder.py" line="262" />
            <source>No sound arrived from the default microphone within {seconds} seconds. Check that it is connected and not used by another program.</source>
            <translation>Tidak ada suara dari mikrofon default dalam {seconds} detik. Pastikan mikrofon tersambung dan tidak sedang dipakai program lain.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recorder.py" line="265" />
            <source>No sound arrived from the microphone {name} within {seconds} seconds. Check that it is connected and not used by another program.</source>
            <translation>Tidak ada suara dari mikrofon {name} dalam {seconds} detik. Pastikan mikrofon tersambung dan tidak sedang dipakai program lain.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recorder.py" line="270" />
            <source>There is no camera, so this rehearsal records sound only.</source>
            <translation>Tidak ada kamera, jadi latihan ini hanya merekam suara.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recorder.py" line="287" />
            <source>The recorder is not recording.</source>
            <translation>Perekam sedang tidak merekam.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recorder.py" line="314" />
            <source>{problem} The sound was saved without the pictures.</source>
            <translation>{problem} Suara disimpan tanpa gambar.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recorder.py" line="362" />
            <source>There is not enough free disk space to record: {free} megabytes free, about {need} needed. Delete old recordings or choose another folder.</source>
            <translation>Ruang disk tidak cukup untuk merekam: sisa {free} megabyte, butuh sekitar {need}. Hapus rekaman lama atau pilih folder lain.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recorder.py" line="428" />
            <source>The sound card reported a glitch; a few samples may be lost.</source>
            <translation>Kartu suara melaporkan gangguan; beberapa sampel mungkin hilang.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recorder.py" line="444" />
            <source>A listener of the sound stopped working: {error}</source>
            <translation>Salah satu pemroses suara berhenti bekerja: {error}</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recorder.py" line="447" />
            <source>Sound is arriving from the microphone.</source>
            <translation>Suara dari mikrofon sudah masuk.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recorder.py" line="468" />
            <source>The camera stopped sending pictures. Recording continues with sound only.</source>
            <translation>Kamera berhenti mengirim gambar. Perekaman berlanjut dengan suara saja.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recorder.py" line="480" />
            <source>Pictures are arriving from {camera}.</source>
            <translation>Gambar dari {camera} sudah masuk.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recorder.py" line="531" />
            <source>The computer is busy; the video now uses faster, lower-quality encoding ({preset}). Sound is not affected.</source>
            <translation>Komputer sedang sibuk; video sekarang memakai encoding yang lebih cepat dengan kualitas lebih rendah ({preset}). Suara tidak terpengaruh.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recorder.py" line="542" />
            <source>{problem} Recording continues with sound only.</source>
            <translation>{problem} Perekaman berlanjut dengan suara saja.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recorder.py" line="563" />
            <source>The microphone stopped sending sound. The recording was stopped and what was recorded is kept.</source>
            <translation>Mikrofon berhenti mengirim suara. Perekaman dihentikan, dan yang sudah terekam tetap disimpan.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recorder.py" line="573" />
            <source>The disk is almost full, so the recording was stopped and saved.</source>
            <translation>Disk hampir penuh, jadi perekaman dihentikan dan disimpan.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recovery.py" line="57" />
            <source>The capture description was missing; assumed 48 kHz mono sound.</source>
            <translation>Deskripsi rekaman tidak ada; dianggap suara mono 48 kHz.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recovery.py" line="59" />
            <source>The capture description is damaged: {error}</source>
            <translation>Deskripsi rekaman rusak: {error}</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recovery.py" line="72" />
            <source>The pictures could not be read; only the sound was recovered.</source>
            <translation>Gambar tidak bisa dibaca; hanya suaranya yang dipulihkan.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recovery.py" line="74" />
            <source>1 part of the video could not be read; only the sound was recovered for it.</source>
            <translation>1 bagian video tidak bisa dibaca; untuk bagian itu hanya suaranya yang dipulihkan.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recovery.py" line="76" />
            <source>{count} parts of the video could not be read; only the sound was recovered for them.</source>
            <translation>{count} bagian video tidak bisa dibaca; untuk bagian itu hanya suaranya yang dipulihkan.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recovery.py" line="79" />
            <source>The folder holds no recorded sound or pictures to recover.</source>
            <translation>Folder ini tidak berisi suara atau gambar rekaman yang bisa dipulihkan.</translation>
        </message>
        <message>
            <location filename="../../studio/services/capture/recovery.py" line="83" />
            <source>The start times were not saved; sound and picture may be slightly out of step.</source>
            <translation>Waktu mulai tidak tersimpan; suara dan gambar mungkin sedikit tidak sinkron.</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="105" />
            <source>'{value}' is not a strictness; use BLOCK, NEEDS-EVIDENCE or VERIFY-FACT</source>
            <translation>'{value}' bukan tingkat ketegasan; gunakan BLOCK, NEEDS-EVIDENCE, atau VERIFY-FACT</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="115" />
            <source>Give the reason for this change: the next instructor will want to know why.</source>
            <translation>Tuliskan alasan perubahan ini: instruktur berikutnya perlu tahu kenapa.</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="123" />
            <source>The market {market} has no rule '{rule}'. List its rules with: studio rules {market} --list</source>
            <translation>Pasar {market} tidak punya aturan '{rule}'. Lihat daftar aturannya dengan: studio rules {market} --list</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="215" />
            <source>Give at least one phrase the rule should catch.</source>
            <translation>Tuliskan minimal satu frasa yang harus ditangkap aturan ini.</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="223" />
            <source>'{category}' is not a claim category. Known categories: {known}</source>
            <translation>'{category}' bukan kategori klaim. Kategori yang dikenal: {known}</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="229" />
            <source>Say why the claim matters: the trainee hears it with the finding.</source>
            <translation>Jelaskan mengapa klaim ini penting: peserta mendengarnya bersama temuan.</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="231" />
            <source>Give a compliant rewording the trainee can say instead.</source>
            <translation>Tuliskan kalimat pengganti yang sesuai aturan untuk diucapkan peserta.</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="236" />
            <source>A centre rule id starts with '{prefix}' and uses only lower-case letters, digits, '.', '-' and '_'.</source>
            <translation>Id aturan pusat pelatihan diawali '{prefix}' dan hanya memakai huruf kecil, angka, '.', '-', dan '_'.</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="240" />
            <source>There is already a rule '{rule}'.</source>
            <translation>Aturan '{rule}' sudah ada.</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="290" />
            <source>The rule '{rule}' is off, so this phrase is not checked until the rule is on again.</source>
            <translation>Aturan '{rule}' sedang nonaktif, jadi frasa ini tidak diperiksa sampai aturannya diaktifkan lagi.</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="300" />
            <source>The words '{phrase}' are already flagged by the rule '{other}', which takes precedence.</source>
            <translation>Kata-kata '{phrase}' sudah ditandai oleh aturan '{other}', yang lebih diutamakan.</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="306" />
            <source>The words '{phrase}' are never flagged: the packs list them as a harmless look-alike. Add a longer phrase instead.</source>
            <translation>Kata-kata '{phrase}' tidak pernah ditandai: paket aturan mencatatnya sebagai ungkapan mirip yang tidak berbahaya. Tambahkan frasa yang lebih panjang.</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="320" />
            <source>The '{section}' part of the centre's rule file is not a list; fix it by hand first.</source>
            <translation>Bagian '{section}' di berkas aturan pusat pelatihan bukan daftar; perbaiki dulu secara manual.</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="335" />
            <source>The centre's rule file cannot be changed until it is fixed: {problem}</source>
            <translation>Berkas aturan pusat pelatihan tidak bisa diubah sebelum diperbaiki: {problem}</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="343" />
            <source>The centre's rule file cannot be read: {error}</source>
            <translation>Berkas aturan pusat pelatihan tidak bisa dibaca: {error}</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="347" />
            <source>The centre's rule file must be a set of 'name: value' lines.</source>
            <translation>Berkas aturan pusat pelatihan harus berupa baris-baris 'nama: nilai'.</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="397" />
            <source>The change was not saved: {problem}</source>
            <translation>Perubahan tidak disimpan: {problem}</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="420" />
            <source>block</source>
            <translation>wajib diperbaiki</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="421" />
            <source>needs evidence</source>
            <translation>perlu bukti</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="422" />
            <source>verify fact</source>
            <translation>cek fakta</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="427" />
            <source>medical</source>
            <translation>medis</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="428" />
            <source>cure</source>
            <translation>penyembuhan</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="429" />
            <source>absolute or superlative</source>
            <translation>mutlak atau superlatif</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="430" />
            <source>guarantee</source>
            <translation>jaminan</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="431" />
            <source>instant results</source>
            <translation>hasil instan</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="432" />
            <source>price</source>
            <translation>harga</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="433" />
            <source>bait price</source>
            <translation>harga pancingan</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="434" />
            <source>urgency</source>
            <translation>desakan waktu</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="435" />
            <source>income</source>
            <translation>penghasilan</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="436" />
            <source>comparison</source>
            <translation>perbandingan</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="437" />
            <source>testimonial</source>
            <translation>testimoni</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="438" />
            <source>weight loss</source>
            <translation>penurunan berat badan</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="439" />
            <source>cosmetic sounding like a medicine</source>
            <translation>kosmetik yang terdengar seperti obat</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="440" />
            <source>safety</source>
            <translation>keamanan</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="441" />
            <source>natural or pure</source>
            <translation>alami atau murni</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="442" />
            <source>endorsement</source>
            <translation>rekomendasi pihak lain</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="443" />
            <source>fake social proof</source>
            <translation>bukti sosial palsu</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="444" />
            <source>giveaway</source>
            <translation>hadiah gratis</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="445" />
            <source>statistics</source>
            <translation>statistik</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="446" />
            <source>off-platform selling</source>
            <translation>jualan di luar platform</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="463" />
            <source>{rule}: {state}, {strictness}, {category}.</source>
            <translation>{rule}: {state}, {strictness}, {category}.</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="465" />
            <source>on</source>
            <translation>aktif</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="465" />
            <source>off</source>
            <translation>nonaktif</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="471" />
            <source>Centre rule.</source>
            <translation>Aturan pusat pelatihan.</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="473" />
            <source>Platform rule.</source>
            <translation>Aturan platform.</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="475" />
            <source>Turned off by the centre: {reason}.</source>
            <translation>Dimatikan oleh pusat pelatihan: {reason}.</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="479" />
            <source>Strictness changed by the centre from {shipped}: {reason}.</source>
            <translation>Tingkat ketegasan diubah oleh pusat pelatihan dari {shipped}: {reason}.</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="485" />
            <source>1 phrase added by the centre.</source>
            <translation>1 frasa ditambahkan oleh pusat pelatihan.</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="487" />
            <source>{count} phrases added by the centre.</source>
            <translation>{count} frasa ditambahkan oleh pusat pelatihan.</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="497" />
            <source>Why it matters ({language}): {text}</source>
            <translation>Mengapa penting ({language}): {text}</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="498" />
            <source>Why it matters: {text}</source>
            <translation>Mengapa penting: {text}</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="500" />
            <source>Say instead ({language}): {text}</source>
            <translation>Sebaiknya ucapkan ({language}): {text}</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="501" />
            <source>Say instead: {text}</source>
            <translation>Sebaiknya ucapkan: {text}</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="505" />
            <source>Phrases ({count}, the first 40): {phrases}</source>
            <translation>Frasa ({count}, 40 yang pertama): {phrases}</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="507" />
            <source>Phrases ({count}): {phrases}</source>
            <translation>Frasa ({count}): {phrases}</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="511" />
            <source>Added by the centre: {phrase} ({reason})</source>
            <translation>Ditambahkan oleh pusat pelatihan: {phrase} ({reason})</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="514" />
            <source>Added by the centre: {phrase}</source>
            <translation>Ditambahkan oleh pusat pelatihan: {phrase}</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="516" />
            <source>Why the centre added it: {reason}</source>
            <translation>Alasan pusat pelatihan menambahkannya: {reason}</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="517" />
            <source>Source: {source}</source>
            <translation>Sumber: {source}</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="525" />
            <source>The rule {rule} was already off; nothing changed.</source>
            <translation>Aturan {rule} memang sudah nonaktif; tidak ada yang berubah.</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="526" />
            <source>Rule {rule} turned off for {market}.</source>
            <translation>Aturan {rule} dimatikan untuk {market}.</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="529" />
            <source>The rule {rule} was already on; nothing changed.</source>
            <translation>Aturan {rule} memang sudah aktif; tidak ada yang berubah.</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="530" />
            <source>Rule {rule} turned on again for {market}.</source>
            <translation>Aturan {rule} diaktifkan lagi untuk {market}.</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="534" />
            <source>The rule {rule} already is {strictness}; nothing changed.</source>
            <translation>Tingkat ketegasan aturan {rule} memang sudah {strictness}; tidak ada yang berubah.</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="537" />
            <source>Rule {rule} is now {strictness}.</source>
            <translation>Tingkat ketegasan aturan {rule} sekarang {strictness}.</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="540" />
            <source>The rule {rule} already has the phrase '{phrase}'; nothing changed.</source>
            <translation>Aturan {rule} sudah punya frasa '{phrase}'; tidak ada yang berubah.</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="543" />
            <source>Phrase '{phrase}' added to rule {rule}.</source>
            <translation>Frasa '{phrase}' ditambahkan ke aturan {rule}.</translation>
        </message>
        <message>
            <location filename="../../studio/services/centre_rules.py" line="544" />
            <source>Centre rule {rule} added, catching: {phrases}.</source>
            <translation>Aturan pusat pelatihan {rule} ditambahkan, menangkap: {phrases}.</translation>
        </message>
        <message>
            <location filename="../../studio/services/preflight_run.py" line="97" />
            <source>This check could not run: {error}.</source>
            <translation>Pemeriksaan ini tidak bisa dijalankan: {error}.</translation>
        </message>
        <message>
            <location filename="../../studio/services/preflight_run.py" line="129" />
            <source>No camera is connected, so this take records sound only.</source>
            <translation>Tidak ada kamera yang tersambung, jadi percobaan ini hanya merekam suara.</translation>
        </message>
        <message>
            <location filename="../../studio/services/preflight_run.py" line="147" />
            <source>The camera gave no picture. Check that it is connected and that no other app is using it.</source>
            <translation>Kamera tidak mengirim gambar. Pastikan kamera tersambung dan tidak sedang dipakai aplikasi lain.</translation>
        </message>
        <message>
            <location filename="../../studio/services/recording_import.py" line="181" />
            <source>The file {name} was not found. It may have been moved or renamed; choose it again.</source>
            <translation>Berkas {name} tidak ditemukan. Mungkin sudah dipindah atau diganti namanya; pilih lagi.</translation>
        </message>
        <message>
            <location filename="../../studio/services/recording_import.py" line="185" />
            <source>{name} is a folder, not a recording. Choose a video or audio file.</source>
            <translation>{name} adalah folder, bukan rekaman. Pilih berkas video atau audio.</translation>
        </message>
        <message>
            <location filename="../../studio/services/recording_import.py" line="193" />
            <source>The speech model could not be loaded, so {name} was not analysed: {problem}</source>
            <translation>Model pengenal suara tidak bisa dimuat, jadi {name} tidak dianalisis: {problem}</translation>
        </message>
        <message>
            <location filename="../../studio/services/recording_import.py" line="204" />
            <source>The file {name} is not a video or audio file the studio can read. Choose a recording such as MP4, MP3 or WAV.</source>
            <translation>Berkas {name} bukan berkas video atau audio yang bisa dibaca aplikasi. Pilih rekaman seperti MP4, MP3, atau WAV.</translation>
        </message>
        <message>
            <location filename="../../studio/services/recording_import.py" line="208" />
            <source>The file {name} has no sound in it, so there is nothing to analyse.</source>
            <translation>Berkas {name} tidak ada suaranya, jadi tidak ada yang bisa dianalisis.</translation>
        </message>
        <message>
            <location filename="../../studio/services/recording_import.py" line="219" />
            <source>{name} could not be transcribed: {problem}</source>
            <translation>{name} tidak bisa ditranskripsi: {problem}</translation>
        </message>
        <message>
            <location filename="../../studio/services/recording_import.py" line="223" />
            <source>No speech was found in {name}, so there is nothing to analyse. Check that it is the right file and that its sound is not muted.</source>
            <translation>Tidak ada ucapan yang ditemukan di {name}, jadi tidak ada yang bisa dianalisis. Pastikan berkasnya benar dan suaranya tidak dibisukan.</translation>
        </message>
        <message>
            <location filename="../../studio/services/recording_import.py" line="344" />
            <source>{name} was analysed, but the results could not be saved: {problem}</source>
            <translation>{name} sudah dianalisis, tapi hasilnya tidak bisa disimpan: {problem}</translation>
        </message>
        <message>
            <location filename="../../studio/services/rehearsal.py" line="70" />
            <source>The microphone stopped sending sound. Stop the recording to save and analyse what was recorded.</source>
            <translation>Mikrofon berhenti mengirim suara. Hentikan perekaman untuk menyimpan dan menganalisis yang sudah terekam.</translation>
        </message>
        <message>
            <location filename="../../studio/services/rehearsal.py" line="72" />
            <source>The disk is almost full, so recording stopped. Stop the recording to save what was recorded.</source>
            <translation>Disk hampir penuh, jadi perekaman berhenti. Hentikan perekaman untuk menyimpan yang sudah terekam.</translation>
        </message>
        <message>
            <location filename="../../studio/services/rehearsal.py" line="73" />
            <source>The recording stopped by itself. Stop the recording to save what was recorded.</source>
            <translation>Perekaman berhenti dengan sendirinya. Hentikan perekaman untuk menyimpan yang sudah terekam.</translation>
        </message>
        <message>
            <location filename="../../studio/services/rehearsal.py" line="236" />
            <source>Dead air. Say something.</source>
            <translation>Jeda hening. Ayo bicara.</translation>
        </message>
        <message>
            <location filename="../../studio/services/rehearsal.py" line="242" />
            <source>Slow down a little.</source>
            <translation>Pelankan sedikit.</translation>
        </message>
        <message>
            <location filename="../../studio/services/rehearsal.py" line="312" />
            <source>Careful: a risky claim.</source>
            <translation>Hati-hati: klaim berisiko.</translation>
        </message>
        <message>
            <location filename="../../studio/services/rehearsal.py" line="312" />
            <source>Careful: “{quote}”.</source>
            <translation>Hati-hati: “{quote}”.</translation>
        </message>
        <message>
            <location filename="../../studio/services/rehearsal.py" line="349" />
            <source>Before you close: say “{line}”.</source>
            <translation>Sebelum menutup, sebutkan “{line}”.</translation>
        </message>
        <message>
            <location filename="../../studio/services/rehearsal.py" line="503" />
            <source>A rehearsal is already recording. Stop it first.</source>
            <translation>Latihan sedang direkam. Hentikan dulu.</translation>
        </message>
        <message>
            <location filename="../../studio/services/rehearsal.py" line="515" />
            <source>Free practice</source>
            <translation>Latihan bebas</translation>
        </message>
        <message>
            <location filename="../../studio/services/rehearsal.py" line="535" />
            <source>The recording could not start: {problem}.</source>
            <translation>Perekaman tidak bisa dimulai: {problem}.</translation>
        </message>
        <message>
            <location filename="../../studio/services/rehearsal.py" line="601" />
            <source>Nothing is being recorded.</source>
            <translation>Tidak ada yang sedang direkam.</translation>
        </message>
        <message>
            <location filename="../../studio/services/rehearsal.py" line="634" />
            <source>The recording could not be finished: {problem}.</source>
            <translation>Perekaman tidak bisa diselesaikan: {problem}.</translation>
        </message>
        <message>
            <location filename="../../studio/services/rehearsal.py" line="649" />
            <source>The recording was saved, but it could not be analysed: {problem}.</source>
            <translation>Rekaman sudah disimpan, tetapi tidak bisa dianalisis: {problem}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="123" />
            <source>'{key}' is not a key name. Write keys like F5, Ctrl+O or Shift+F3.</source>
            <translation>'{key}' bukan nama tombol. Tulis tombol seperti F5, Ctrl+O, atau Shift+F3.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="128" />
            <source>'{name}' in '{key}' is not a modifier key. Use Ctrl, Alt, Shift or Meta.</source>
            <translation>'{name}' dalam '{key}' bukan tombol pengubah. Gunakan Ctrl, Alt, Shift, atau Meta.</translation>
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
            <translation>Numpad</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="163" />
            <source>CapsLock</source>
            <translation>CapsLock</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="164" />
            <source>Print</source>
            <translation>Print</translation>
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
            <translation>Panah Atas</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="173" />
            <source>Down</source>
            <translation>Panah Bawah</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="174" />
            <source>Left</source>
            <translation>Panah Kiri</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="175" />
            <source>Right</source>
            <translation>Panah Kanan</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="176" />
            <source>Comma</source>
            <translation>Koma</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="177" />
            <source>Plus</source>
            <translation>Plus</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="178" />
            <source>Minus</source>
            <translation>Minus</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="179" />
            <source>Equals</source>
            <translation>Sama Dengan</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="180" />
            <source>Period</source>
            <translation>Titik</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="187" />
            <source>no key</source>
            <translation>tanpa tombol</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="193" />
            <source>{keys} plus {key}</source>
            <translation>{keys} plus {key}</translation>
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
            <translation>Tab berpindah antarkontrol</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="224" />
            <source>Shift plus Tab moves back between controls</source>
            <translation>Shift plus Tab berpindah mundur antarkontrol</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="226" />
            <source>Enter activates the focused control</source>
            <translation>Enter mengaktifkan kontrol yang sedang difokus</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="228" />
            <source>Space presses the focused button</source>
            <translation>Space menekan tombol yang sedang difokus</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="229" />
            <source>Escape closes dialogs and menus</source>
            <translation>Escape menutup dialog dan menu</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="230" />
            <source>the arrow keys move in lists and menus</source>
            <translation>tombol panah dipakai untuk bergerak di daftar dan menu</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="234" />
            <source>Home and End move in lists and text</source>
            <translation>Home dan End dipakai untuk bergerak di daftar dan teks</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="236" />
            <source>Page Up and Page Down move in lists and text</source>
            <translation>Page Up dan Page Down dipakai untuk bergerak di daftar dan teks</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="242" />
            <source>the system switches windows with Alt plus Tab</source>
            <translation>sistem berpindah jendela dengan Alt plus Tab</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="243" />
            <source>the system switches windows with Alt plus Shift plus Tab</source>
            <translation>sistem berpindah jendela dengan Alt plus Shift plus Tab</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="244" />
            <source>the system closes the window with Alt plus F4</source>
            <translation>sistem menutup jendela dengan Alt plus F4</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="245" />
            <source>Control plus Alt plus Delete belongs to the system</source>
            <translation>Control plus Alt plus Delete dipakai oleh sistem</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="246" />
            <source>the system opens the task manager with Control plus Shift plus Escape</source>
            <translation>sistem membuka Task Manager dengan Control plus Shift plus Escape</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="247" />
            <source>the system opens the start menu with Control plus Escape</source>
            <translation>sistem membuka menu Start dengan Control plus Escape</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="248" />
            <source>the system switches windows with Alt plus Escape</source>
            <translation>sistem berpindah jendela dengan Alt plus Escape</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="249" />
            <source>the system opens the window menu with Alt plus Space</source>
            <translation>sistem membuka menu jendela dengan Alt plus Space</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="250" />
            <source>the desktop opens its menu with Alt plus F1</source>
            <translation>desktop membuka menunya dengan Alt plus F1</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="251" />
            <source>the desktop opens its run dialog with Alt plus F2</source>
            <translation>desktop membuka dialog Jalankan dengan Alt plus F2</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="252" />
            <source>the desktop opens a terminal with Control plus Alt plus T</source>
            <translation>desktop membuka terminal dengan Control plus Alt plus T</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="253" />
            <source>Control plus Alt plus Backspace can stop the display server</source>
            <translation>Control plus Alt plus Backspace bisa menghentikan server tampilan</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="254" />
            <source>Print Screen belongs to the system</source>
            <translation>Print Screen dipakai oleh sistem</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="256" />
            <source>Control plus Alt plus N starts NVDA</source>
            <translation>Control plus Alt plus N menyalakan NVDA</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="257" />
            <source>Control plus Alt plus J starts JAWS</source>
            <translation>Control plus Alt plus J menyalakan JAWS</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="258" />
            <source>Control plus Alt plus S is the usual key to start a screen reader on some desktops</source>
            <translation>Control plus Alt plus S biasanya menyalakan pembaca layar di beberapa desktop</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="267" />
            <source>&amp;File</source>
            <translation>&amp;Berkas</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="268" />
            <source>&amp;Session</source>
            <translation>&amp;Sesi</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="269" />
            <source>Fee&amp;dback</source>
            <translation>&amp;Masukan</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="270" />
            <source>&amp;View</source>
            <translation>&amp;Tampilan</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="272" />
            <source>&amp;Review</source>
            <translation>T&amp;injauan</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="273" />
            <source>&amp;Help</source>
            <translation>B&amp;antuan</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="306" />
            <source>Alt plus {letter} opens the {menu} menu</source>
            <translation>Alt plus {letter} membuka menu {menu}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="312" />
            <source>Alt plus {letter} opens the {menu} menu when the app is in English</source>
            <translation>Alt plus {letter} membuka menu {menu} saat aplikasi berbahasa Inggris</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="324" />
            <source>{key} is the screen reader key for NVDA, JAWS and Orca</source>
            <translation>{key} adalah tombol pembaca layar untuk NVDA, JAWS, dan Orca</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="325" />
            <source>{key} alone is a modifier; NVDA uses Control and Shift alone to stop and pause speech</source>
            <translation>{key} saja adalah tombol pengubah; NVDA memakai Control dan Shift saja untuk menghentikan dan menjeda ucapan</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="329" />
            <source>Insert and Caps Lock combinations belong to the screen reader (NVDA, JAWS and Orca)</source>
            <translation>Kombinasi dengan Insert dan Caps Lock dipakai oleh pembaca layar (NVDA, JAWS, dan Orca)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="331" />
            <source>the number pad keys are screen reader commands in NVDA, JAWS and Orca desktop layout</source>
            <translation>tombol numpad adalah perintah pembaca layar pada tata letak desktop NVDA, JAWS, dan Orca</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="333" />
            <source>the Windows or Super key belongs to the system</source>
            <translation>tombol Windows atau Super dipakai oleh sistem</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="338" />
            <source>Control plus Alt plus F{number} switches to another console</source>
            <translation>Control plus Alt plus F{number} berpindah ke konsol lain</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="379" />
            <source>Review: {command}</source>
            <translation>Tinjauan: {command}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="390" />
            <source>Start or stop &amp;recording</source>
            <translation>Mulai atau hentikan &amp;rekaman</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="390" />
            <source>Start or stop recording.</source>
            <translation>Mulai atau hentikan perekaman.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="392" />
            <source>Say &amp;elapsed time</source>
            <translation>Ucapkan &amp;waktu berjalan</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="392" />
            <source>Say how long you have been recording.</source>
            <translation>Ucapkan sudah berapa lama kamu merekam.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="394" />
            <source>Drop a &amp;marker</source>
            <translation>Pasang &amp;penanda</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="394" />
            <source>Mark this moment to look at later.</source>
            <translation>Tandai saat ini untuk dilihat nanti.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="396" />
            <source>&amp;Try again</source>
            <translation>&amp;Coba lagi</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="396" />
            <source>Clear the last attempt and get ready to record again.</source>
            <translation>Hapus percobaan terakhir dan bersiap merekam lagi.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="398" />
            <source>&amp;Open script…</source>
            <translation>&amp;Buka naskah…</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="398" />
            <source>Choose the script to rehearse.</source>
            <translation>Pilih naskah yang akan dilatih.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="401" />
            <source>&amp;Analyse a recording…</source>
            <translation>&amp;Analisis rekaman…</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="402" />
            <source>Choose a video or audio file made elsewhere and get feedback on it as on a rehearsal, with the script and market chosen here.</source>
            <translation>Pilih berkas video atau audio yang direkam di tempat lain dan dapatkan masukan seperti pada latihan, dengan naskah dan pasar yang dipilih di sini.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="404" />
            <source>&amp;Settings…</source>
            <translation>&amp;Pengaturan…</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="405" />
            <source>Change the language, look, voice, devices, countdown, live cues and keys.</source>
            <translation>Ubah bahasa, tampilan, suara, perangkat, hitung mundur, isyarat langsung, dan tombol.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="407" />
            <source>&amp;Quit</source>
            <translation>&amp;Keluar</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="407" />
            <source>Close Rehearsal Studio.</source>
            <translation>Tutup Rehearsal Studio.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="408" />
            <source>&amp;Next finding</source>
            <translation>Temuan &amp;berikutnya</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="408" />
            <source>Go to the next piece of feedback and read it.</source>
            <translation>Buka masukan berikutnya dan bacakan.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="410" />
            <source>&amp;Previous finding</source>
            <translation>Temuan &amp;sebelumnya</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="411" />
            <source>Go to the previous piece of feedback and read it.</source>
            <translation>Buka masukan sebelumnya dan bacakan.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="412" />
            <source>P&amp;lay from finding</source>
            <translation>&amp;Putar dari temuan</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="413" />
            <source>Play the recording from the selected piece of feedback.</source>
            <translation>Putar rekaman dari masukan yang dipilih.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="414" />
            <source>R&amp;epeat last message</source>
            <translation>&amp;Ulangi pesan terakhir</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="414" />
            <source>Say the last message again.</source>
            <translation>Ucapkan lagi pesan terakhir.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="416" />
            <source>&amp;Stop speaking</source>
            <translation>&amp;Hentikan suara</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="416" />
            <source>Stop the app's voice.</source>
            <translation>Hentikan suara aplikasi.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="417" />
            <source>Zoom &amp;in</source>
            <translation>&amp;Perbesar</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="417" />
            <source>Make text and controls bigger, up to 200 percent.</source>
            <translation>Perbesar teks dan kontrol, sampai 200 persen.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="419" />
            <source>Zoom &amp;out</source>
            <translation>Per&amp;kecil</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="419" />
            <source>Make text and controls smaller, down to 100 percent.</source>
            <translation>Perkecil teks dan kontrol, sampai 100 persen.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="421" />
            <source>&amp;Reset zoom</source>
            <translation>&amp;Atur ulang zoom</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="421" />
            <source>Set the zoom back to 100 percent.</source>
            <translation>Kembalikan zoom ke 100 persen.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="423" />
            <source>Show or hide the &amp;teleprompter</source>
            <translation>Tampilkan atau sembunyikan &amp;teleprompter</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="424" />
            <source>Show or hide the script text while you record.</source>
            <translation>Tampilkan atau sembunyikan teks naskah saat kamu merekam.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="425" />
            <source>Switch t&amp;heme</source>
            <translation>&amp;Ganti tema</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="426" />
            <source>Switch between the normal and the two high-contrast themes.</source>
            <translation>Berganti antara tema biasa dan dua tema kontras tinggi.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="427" />
            <source>&amp;Keyboard reference</source>
            <translation>Panduan &amp;keyboard</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="427" />
            <source>Open the list of every command and its key.</source>
            <translation>Buka daftar semua perintah beserta tombolnya.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="429" />
            <source>&amp;About Rehearsal Studio</source>
            <translation>&amp;Tentang Rehearsal Studio</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="429" />
            <source>Show the version and what the app does.</source>
            <translation>Tampilkan versi dan kegunaan aplikasi.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="432" />
            <source>Session &amp;library…</source>
            <translation>&amp;Pustaka sesi…</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="433" />
            <source>Open the library of every recorded session; Enter on a session opens its review.</source>
            <translation>Buka pustaka semua sesi yang terekam; Enter pada sebuah sesi membuka tinjauannya.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="435" />
            <source>&amp;Progress…</source>
            <translation>&amp;Kemajuan…</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="436" />
            <source>Show how the current trainee's scores changed over the sessions.</source>
            <translation>Tampilkan perubahan skor peserta saat ini dari sesi ke sesi.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="437" />
            <source>&amp;Trainee profile…</source>
            <translation>Profil pe&amp;serta…</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="438" />
            <source>Edit the current trainee's name, language, market and pace.</source>
            <translation>Ubah nama, bahasa, pasar, dan tempo peserta saat ini.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="440" />
            <source>Attempt &amp;history…</source>
            <translation>&amp;Riwayat percobaan…</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="441" />
            <source>Hear and see your attempts on the current script and how your scores changed; Enter on an attempt shows its feedback.</source>
            <translation>Dengar dan lihat percobaanmu pada naskah saat ini serta perubahan skormu; Enter pada sebuah percobaan menampilkan masukannya.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="443" />
            <source>&amp;Welcome guide</source>
            <translation>Panduan &amp;awal</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="444" />
            <source>Show and say the short guide to the app and its most important keys.</source>
            <translation>Tampilkan dan bacakan panduan singkat tentang aplikasi dan tombol-tombol terpentingnya.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="452" />
            <source>&amp;Play or pause</source>
            <translation>&amp;Putar atau jeda</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="452" />
            <source>Play or pause the recording.</source>
            <translation>Putar atau jeda rekaman.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="453" />
            <source>&amp;Back five seconds</source>
            <translation>&amp;Mundur lima detik</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="453" />
            <source>Jump back five seconds.</source>
            <translation>Lompat mundur lima detik.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="454" />
            <source>&amp;Forward five seconds</source>
            <translation>M&amp;aju lima detik</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="454" />
            <source>Jump forward five seconds.</source>
            <translation>Lompat maju lima detik.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="455" />
            <source>&amp;Slower</source>
            <translation>Lebih &amp;lambat</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="455" />
            <source>Play more slowly, down to half speed.</source>
            <translation>Putar lebih lambat, sampai setengah kecepatan.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="456" />
            <source>F&amp;aster</source>
            <translation>Lebih &amp;cepat</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="456" />
            <source>Play faster, up to double speed.</source>
            <translation>Putar lebih cepat, sampai dua kali kecepatan.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="458" />
            <source>Go to the next piece of feedback and play from it.</source>
            <translation>Buka masukan berikutnya dan putar dari situ.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="459" />
            <source>P&amp;revious finding</source>
            <translation>Temuan se&amp;belumnya</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="460" />
            <source>Go to the previous piece of feedback and play from it.</source>
            <translation>Buka masukan sebelumnya dan putar dari situ.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="461" />
            <source>Add &amp;comment</source>
            <translation>Tambah &amp;komentar</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="461" />
            <source>Write a comment at the current moment.</source>
            <translation>Tulis komentar pada saat ini.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="462" />
            <source>Record &amp;voice note</source>
            <translation>Rekam catatan &amp;suara</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="463" />
            <source>Start or stop a voice note at the current moment.</source>
            <translation>Mulai atau hentikan catatan suara pada saat ini.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="464" />
            <source>&amp;Dismiss finding</source>
            <translation>A&amp;baikan temuan</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="465" />
            <source>Dismiss the selected finding, with the reason you typed.</source>
            <translation>Abaikan temuan yang dipilih, dengan alasan yang kamu ketik.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="466" />
            <source>Say &amp;where</source>
            <translation>Ucapkan &amp;posisi</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="466" />
            <source>Say the current time and speed.</source>
            <translation>Ucapkan waktu dan kecepatan saat ini.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="467" />
            <source>Rule pac&amp;k…</source>
            <translation>Uba&amp;h aturan…</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="468" />
            <source>Adjust the banned-claim rules for your centre, starting at the selected finding's rule.</source>
            <translation>Sesuaikan aturan klaim terlarang untuk pusat pelatihanmu, mulai dari aturan temuan yang dipilih.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="470" />
            <source>E&amp;xport…</source>
            <translation>E&amp;kspor…</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="471" />
            <source>Save this session as a report, scores, captions, every word with its time, or a bundle for another computer.</source>
            <translation>Simpan sesi ini sebagai laporan, skor, subtitel, setiap kata dengan waktunya, atau paket untuk komputer lain.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="524" />
            <source>there is no command called {command}</source>
            <translation>tidak ada perintah bernama {command}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="543" />
            <source>{description} Key: {key}.</source>
            <translation>{description} Tombol: {key}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="544" />
            <source>{description} No key.</source>
            <translation>{description} Tanpa tombol.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="560" />
            <source>single-key mode needs one key without Control, Alt or Shift</source>
            <translation>mode satu tombol butuh satu tombol tanpa Control, Alt, atau Shift</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="564" />
            <source>{key} already does {command}</source>
            <translation>{key} sudah dipakai untuk {command}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="576" />
            <source>{key} cannot be used for {command}: {reason}.</source>
            <translation>{key} tidak bisa dipakai untuk {command}: {reason}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="609" />
            <source>the file does not hold an object</source>
            <translation>berkas ini tidak berisi objek</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="613" />
            <source>'{section}' is not an object</source>
            <translation>'{section}' bukan objek</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="618" />
            <source>The key settings file could not be read ({problem}); the default keys are used.</source>
            <translation>Berkas pengaturan tombol tidak bisa dibaca ({problem}); tombol bawaan yang dipakai.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="625" />
            <source>The saved keys had conflicts; the default keys are used for that layout.</source>
            <translation>Tombol yang tersimpan saling bentrok; tombol bawaan dipakai untuk tata letak itu.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="651" />
            <source>Keyboard reference</source>
            <translation>Panduan keyboard</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="655" />
            <source>Every command has a key. In **single-key mode** (Settings) every command is one key with no Control, Alt
or Shift; letter keys work when the focus is not in a text field. Keys can be changed in Settings; keys
that belong to your screen reader (Insert, Caps Lock, the number pad) or to the system are refused.</source>
            <translation>Setiap perintah punya tombol. Dalam **mode satu tombol** (Pengaturan) setiap perintah cukup satu tombol tanpa Control,
Alt, atau Shift; tombol huruf berfungsi saat fokus tidak di kolom teks. Tombol bisa diubah di Pengaturan;
tombol milik pembaca layarmu (Insert, Caps Lock, numpad) atau milik sistem ditolak.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="659" />
            <source>Moving around: Tab and Shift+Tab move between controls, arrow keys move in lists and menus, Enter or
Space activates, Escape closes a dialog. Menus open with Alt and the underlined letter.</source>
            <translation>Berpindah: Tab dan Shift+Tab berpindah antarkontrol, tombol panah bergerak di daftar dan menu, Enter atau
Space mengaktifkan, Escape menutup dialog. Menu dibuka dengan Alt dan huruf yang bergaris bawah.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="667" />
            <source>{menu} menu (Alt+{letter})</source>
            <translation>Menu {menu} (Alt+{letter})</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="669" />
            <source>In the review window (Enter on a session in the library opens it)</source>
            <translation>Di jendela tinjauan (dibuka dengan Enter pada sebuah sesi di pustaka)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="671" />
            <source>none</source>
            <translation>tidak ada</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="672" />
            <source>Command</source>
            <translation>Perintah</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="672" />
            <source>Key</source>
            <translation>Tombol</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="672" />
            <source>Single-key mode</source>
            <translation>Mode satu tombol</translation>
        </message>
        <message>
            <location filename="../../studio/ui/actions.py" line="672" />
            <source>What it does</source>
            <translation>Fungsinya</translation>
        </message>
        <message>
            <location filename="../../studio/ui/announcer.py" line="38" />
            <source>Screen reader only</source>
            <translation>Hanya pembaca layar</translation>
        </message>
        <message>
            <location filename="../../studio/ui/announcer.py" line="39" />
            <source>App voice only</source>
            <translation>Hanya suara aplikasi</translation>
        </message>
        <message>
            <location filename="../../studio/ui/announcer.py" line="40" />
            <source>Screen reader and app voice</source>
            <translation>Pembaca layar dan suara aplikasi</translation>
        </message>
        <message>
            <location filename="../../studio/ui/announcer.py" line="119" />
            <source>The app voice could not speak: {error}</source>
            <translation>Suara aplikasi tidak bisa berbicara: {error}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/app.py" line="47" />
            <source>Medical claim that platforms ban</source>
            <translation>Klaim medis yang dilarang platform</translation>
        </message>
        <message>
            <location filename="../../studio/ui/app.py" line="48" />
            <source>cures hair loss</source>
            <translation>menyembuhkan kerontokan rambut</translation>
        </message>
        <message>
            <location filename="../../studio/ui/app.py" line="48" />
            <source>may help your hair look fuller</source>
            <translation>dapat membantu rambutmu terlihat lebih tebal</translation>
        </message>
        <message>
            <location filename="../../studio/ui/app.py" line="49" />
            <source>You spoke fast here, about 190 words a minute</source>
            <translation>Di sini kamu bicara cepat, sekitar 190 kata per menit</translation>
        </message>
        <message>
            <location filename="../../studio/ui/app.py" line="50" />
            <source>Pause after the price</source>
            <translation>Beri jeda setelah menyebut harga</translation>
        </message>
        <message>
            <location filename="../../studio/ui/app.py" line="51" />
            <source>You said the price clearly</source>
            <translation>Kamu menyebut harga dengan jelas</translation>
        </message>
        <message>
            <location filename="../../studio/ui/app.py" line="52" />
            <source>only 99,000 dong</source>
            <translation>hanya 99.000 dong</translation>
        </message>
        <message>
            <location filename="../../studio/ui/app.py" line="69" />
            <source>The app voice is not installed; messages go to the screen reader and the message list.</source>
            <translation>Suara aplikasi belum terpasang; pesan dikirim ke pembaca layar dan daftar pesan.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/app.py" line="92" />
            <source>The app voice could not start ({error}); messages go to the screen reader and the message list.</source>
            <translation>Suara aplikasi tidak bisa dinyalakan ({error}); pesan dikirim ke pembaca layar dan daftar pesan.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/app.py" line="241" />
            <source>1 recording was interrupted last time and can be recovered.</source>
            <translation>1 rekaman terputus terakhir kali dan bisa dipulihkan.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/app.py" line="242" />
            <source>{count} recordings were interrupted last time and can be recovered.</source>
            <translation>{count} rekaman terputus terakhir kali dan bisa dipulihkan.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/app.py" line="267" />
            <source>Ready. Press {key} for the keyboard reference.</source>
            <translation>Siap. Tekan {key} untuk panduan keyboard.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/app.py" line="268" />
            <source>Ready.</source>
            <translation>Siap.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="69" />
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="107" />
            <source>Keyboard reference — {app}</source>
            <translation>Panduan keyboard — {app}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="109" />
            <source>Read-only. Every command and its key. Use the arrow keys to read.</source>
            <translation>Hanya baca. Semua perintah beserta tombolnya. Gunakan tombol panah untuk membaca.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="133" />
            <source>About {app}</source>
            <translation>Tentang {app}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="134" />
            <source>About</source>
            <translation>Tentang</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="136" />
            <source>{app} {version}.</source>
            <translation>{app} {version}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="137" />
            <source>Rehearse selling on a livestream in private: record yourself, hear feedback on your pace, your script and claims that platforms ban.</source>
            <translation>Berlatih jualan lewat siaran langsung secara pribadi: rekam dirimu, lalu dengarkan masukan tentang tempo, naskah, dan klaim yang dilarang platform.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="139" />
            <source>Everything stays on this computer. Free and open-source software.</source>
            <translation>Semua data tetap di komputer ini. Perangkat lunak gratis dan sumber terbuka.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="209" />
            <source>Too &amp;fast</source>
            <translation>Te&amp;rlalu cepat</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="210" />
            <source>While you record, the app tells you to slow down when you speak faster than your target pace.</source>
            <translation>Saat kamu merekam, aplikasi mengingatkanmu untuk memperlambat bicara kalau kamu bicara lebih cepat dari tempo targetmu.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="211" />
            <source>Dead air (&amp;silence)</source>
            <translation>Jeda hening (&amp;diam)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="212" />
            <source>While you record, the app tells you when you are silent longer than the dead-air time above.</source>
            <translation>Saat kamu merekam, aplikasi memberi tahu kalau kamu diam lebih lama dari batas jeda hening di atas.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="213" />
            <source>&amp;Banned claim</source>
            <translation>Klaim terlaran&amp;g</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="214" />
            <source>While you record, the app warns you right after you say a claim that platforms ban.</source>
            <translation>Saat kamu merekam, aplikasi langsung memperingatkanmu setelah kamu mengucapkan klaim yang dilarang platform.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="215" />
            <source>Talking point not &amp;yet covered</source>
            <translation>Poin utama belum dibaha&amp;s</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="216" />
            <source>While you record, the app reminds you of a talking point from your script that you have not covered.</source>
            <translation>Saat kamu merekam, aplikasi mengingatkan poin utama dari naskahmu yang belum kamu bahas.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="217" />
            <source>Viewer &amp;questions to answer</source>
            <translation>Pertanyaan penonton untuk dija&amp;wab</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="218" />
            <source>While you record, pretend viewers ask questions, such as the price or the shipping, in the feedback language, about one a minute. Answer them out loud; the feedback says how fast you answered.</source>
            <translation>Selama kamu merekam, penonton simulasi mengajukan pertanyaan, misalnya soal harga atau pengiriman, dalam bahasa umpan balik, kira-kira satu per menit. Jawab dengan suara; umpan balik memberi tahu seberapa cepat kamu menjawab.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="303" />
            <source>Settings messages</source>
            <translation>Pesan pengaturan</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="308" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="310" />
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="514" />
            <source>Settings — {app}</source>
            <translation>Pengaturan — {app}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="515" />
            <source>Appearance and messages</source>
            <translation>Tampilan dan pesan</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="517" />
            <source>&amp;Language:</source>
            <translation>&amp;Bahasa:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="518" />
            <source>Language</source>
            <translation>Bahasa</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="520" />
            <source>The language of the app's menus, buttons and messages. It changes when you press OK.</source>
            <translation>Bahasa menu, tombol, dan pesan aplikasi. Bahasa berubah setelah kamu menekan OK.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="523" />
            <source>Follow the system</source>
            <translation>Ikuti sistem</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="525" />
            <source>&amp;Theme:</source>
            <translation>&amp;Tema:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="526" />
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="527" />
            <source>Colours of the app; two high-contrast themes.</source>
            <translation>Warna aplikasi; ada dua tema kontras tinggi.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="531" />
            <source>&amp;Zoom:</source>
            <translation>&amp;Zoom:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="532" />
            <source>Zoom</source>
            <translation>Zoom</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="533" />
            <source>Size of text and controls, from 100 to 200 percent.</source>
            <translation>Ukuran teks dan kontrol, dari 100 sampai 200 persen.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="535" />
            <source>&amp;Messages go to:</source>
            <translation>&amp;Pesan disampaikan lewat:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="536" />
            <source>Messages go to</source>
            <translation>Pesan disampaikan lewat</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="537" />
            <source>Screen reader, the app's own voice, or both.</source>
            <translation>Pembaca layar, suara aplikasi sendiri, atau keduanya.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="541" />
            <source>Speech and sounds</source>
            <translation>Suara dan bunyi</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="542" />
            <source>Speech &amp;rate:</source>
            <translation>Ke&amp;cepatan bicara:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="543" />
            <source>Speech rate</source>
            <translation>Kecepatan bicara</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="544" />
            <source>Words a minute for the app's voice.</source>
            <translation>Jumlah kata per menit untuk suara aplikasi.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="545" />
            <source>Speech &amp;volume:</source>
            <translation>&amp;Volume suara:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="546" />
            <source>Speech volume</source>
            <translation>Volume suara</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="547" />
            <source>How loud the app's voice is, from 0 to 100 percent.</source>
            <translation>Seberapa keras suara aplikasi, dari 0 sampai 100 persen.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="548" />
            <source>Feedback lan&amp;guage:</source>
            <translation>Ba&amp;hasa masukan:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="549" />
            <source>Feedback language</source>
            <translation>Bahasa masukan</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="551" />
            <source>The language the app's voice speaks and your feedback is written in.</source>
            <translation>Bahasa yang dipakai suara aplikasi dan masukan untukmu.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="553" />
            <source>Same as the interface</source>
            <translation>Sama dengan bahasa antarmuka</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="554" />
            <source>&amp;Earcon volume:</source>
            <translation>V&amp;olume bunyi penanda:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="555" />
            <source>Earcon volume</source>
            <translation>Volume bunyi penanda</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="557" />
            <source>How loud the short sounds (earcons) are, for example when recording starts, from 0 to 100 percent.</source>
            <translation>Seberapa keras bunyi pendek (bunyi penanda), misalnya saat perekaman dimulai, dari 0 sampai 100 persen.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="560" />
            <source>Recording</source>
            <translation>Perekaman</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="562" />
            <source>M&amp;icrophone:</source>
            <translation>M&amp;ikrofon:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="562" />
            <source>Microphone</source>
            <translation>Mikrofon</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="563" />
            <source>The microphone you record with. The system default is the computer's default microphone.</source>
            <translation>Mikrofon yang kamu pakai untuk merekam. Default sistem adalah mikrofon default komputer.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="565" />
            <source>&amp;Camera:</source>
            <translation>Kam&amp;era:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="565" />
            <source>Camera</source>
            <translation>Kamera</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="566" />
            <source>The camera you record with. The system default is the first camera; without a camera, takes record sound only.</source>
            <translation>Kamera yang kamu pakai untuk merekam. Default sistem adalah kamera pertama; tanpa kamera, percobaan hanya merekam suara.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="568" />
            <source>Sound &amp;output:</source>
            <translation>Keluaran s&amp;uara:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="568" />
            <source>Sound output</source>
            <translation>Keluaran suara</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="569" />
            <source>The speaker or headphones the app speaks and plays its sounds on, and the pre-flight check plays its test tone on. The system default is the computer's default output.</source>
            <translation>Speaker atau headphone tempat aplikasi berbicara dan memutar suaranya, dan tempat pemeriksaan sebelum merekam memutar nada uji. Default sistem adalah keluaran default komputer.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="579" />
            <source>Cou&amp;ntdown:</source>
            <translation>Hitu&amp;ng mundur:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="580" />
            <source>Countdown</source>
            <translation>Hitung mundur</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="582" />
            <source>Seconds counted down before recording starts, so you can get ready.</source>
            <translation>Lama hitung mundur sebelum perekaman dimulai, supaya kamu sempat bersiap.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="586" />
            <source>No countdown</source>
            <translation>Tanpa hitung mundur</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="587" />
            <source>Check camera, microphone and s&amp;peaker before recording</source>
            <translation>Periksa kamera, mikrofon, dan speaker sebe&amp;lum merekam</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="589" />
            <source>Before each take the app checks your framing and light, your microphone and your speaker, and says what to fix.</source>
            <translation>Sebelum tiap percobaan, aplikasi memeriksa posisi di gambar dan cahaya, mikrofon, serta speaker-mu, lalu memberi tahu apa yang perlu diperbaiki.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="592" />
            <source>Dead &amp;air after:</source>
            <translation>Jeda hening setel&amp;ah:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="593" />
            <source>Dead air after</source>
            <translation>Jeda hening setelah</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="595" />
            <source>Seconds of silence that count as dead air, in live cues and in your feedback. From 1 to 30.</source>
            <translation>Berapa detik diam yang dihitung sebagai jeda hening, untuk pengingat saat merekam dan untuk masukan. Dari 1 sampai 30.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="598" />
            <source>{seconds} seconds</source>
            <translation>{seconds} detik</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="602" />
            <source>Live cues while recording</source>
            <translation>Pengingat saat merekam</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="607" />
            <source>Keys</source>
            <translation>Tombol</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="608" />
            <source>Single-&amp;key mode: every command is one key, no key combinations</source>
            <translation>&amp;Mode satu tombol: tiap perintah satu tombol, tanpa kombinasi</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="610" />
            <source>For anyone who finds it hard to hold two keys at once. The keys below change with it.</source>
            <translation>Untuk yang sulit menahan dua tombol sekaligus. Tombol di bawah ikut berubah.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="614" />
            <source>{command}:</source>
            <translation>{command}:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="616" />
            <source>Restore &amp;default keys</source>
            <translation>&amp;Kembalikan tombol bawaan</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="617" />
            <source>Puts back the keys the app came with, for the key mode above.</source>
            <translation>Mengembalikan tombol bawaan aplikasi, untuk mode tombol di atas.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="628" />
            <source>System default microphone</source>
            <translation>Mikrofon default sistem</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="628" />
            <source>System default camera</source>
            <translation>Kamera default sistem</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="629" />
            <source>System default sound output</source>
            <translation>Keluaran suara default sistem</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="632" />
            <source>{name} (camera {index})</source>
            <translation>{name} (kamera {index})</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="634" />
            <source>{name} (not connected)</source>
            <translation>{name} (tidak tersambung)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="665" />
            <source>The devices could not be listed ({error}); you can still use the system default.</source>
            <translation>Daftar perangkat tidak bisa dibuat ({error}); kamu tetap bisa memakai default sistem.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="701" />
            <source>{command}: {key}.</source>
            <translation>{command}: {key}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="703" />
            <source>{command}: no key.</source>
            <translation>{command}: tanpa tombol.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/dialogs.py" line="709" />
            <source>Default keys restored.</source>
            <translation>Tombol bawaan dikembalikan.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="40" />
            <source>Pace: {pace} syllables a minute.</source>
            <translation>Tempo: {pace} suku kata per menit.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="42" />
            <source>Pace: {pace} characters a minute.</source>
            <translation>Tempo: {pace} karakter per menit.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="44" />
            <source>Pace: {pace} words a minute.</source>
            <translation>Tempo: {pace} kata per menit.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="51" />
            <source>No banned claims.</source>
            <translation>Tidak ada klaim terlarang.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="52" />
            <source>1 banned claim.</source>
            <translation>1 klaim terlarang.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="52" />
            <source>{count} banned claims.</source>
            <translation>{count} klaim terlarang.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="58" />
            <source>Attempt {number} of {total}, {date} at {time}.</source>
            <translation>Percobaan {number} dari {total}, {date} pukul {time}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="62" />
            <source>The analysis failed; the recording was kept.</source>
            <translation>Analisis gagal; rekamannya tetap disimpan.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="63" />
            <source>Not analysed yet.</source>
            <translation>Belum dianalisis.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="65" />
            <source>Pace: not measured.</source>
            <translation>Tempo: tidak diukur.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="69" />
            <source>Script coverage: {percent} percent.</source>
            <translation>Cakupan naskah: {percent} persen.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="71" />
            <source>Viewer questions answered: {percent} percent.</source>
            <translation>Pertanyaan penonton yang dijawab: {percent} persen.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="80" />
            <source>You have no free practice attempts yet.</source>
            <translation>Kamu belum punya percobaan latihan bebas.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="81" />
            <source>Free practice: 1 attempt.</source>
            <translation>Latihan bebas: 1 percobaan.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="82" />
            <source>Free practice: {count} attempts.</source>
            <translation>Latihan bebas: {count} percobaan.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="84" />
            <source>You have no attempts on {script} yet.</source>
            <translation>Kamu belum punya percobaan untuk {script}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="85" />
            <source>{script}: 1 attempt.</source>
            <translation>{script}: 1 percobaan.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="85" />
            <source>{script}: {count} attempts.</source>
            <translation>{script}: {count} percobaan.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="140" />
            <source>Attempt history: {script}</source>
            <translation>Riwayat percobaan: {script}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="141" />
            <source>&amp;Trend:</source>
            <translation>&amp;Tren:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="142" />
            <source>Trend</source>
            <translation>Tren</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="143" />
            <source>Read-only. How your scores changed over your attempts.</source>
            <translation>Hanya baca. Perubahan skormu dari percobaan ke percobaan.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="145" />
            <source>&amp;Attempts:</source>
            <translation>&amp;Percobaan:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="146" />
            <source>Attempts</source>
            <translation>Percobaan</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="148" />
            <source>One item per attempt, newest first. Enter shows that attempt's feedback and comments.</source>
            <translation>Satu baris untuk tiap percobaan, yang terbaru paling atas. Enter menampilkan masukan dan komentar untuk percobaan itu.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="152" />
            <source>Show the &amp;feedback of this attempt</source>
            <translation>Lihat &amp;masukan percobaan ini</translation>
        </message>
        <message>
            <location filename="../../studio/ui/history.py" line="154" />
            <source>Show the chosen attempt's feedback and comments in the main window.</source>
            <translation>Tampilkan masukan dan komentar untuk percobaan yang dipilih di jendela utama.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="72" />
            <source>Vietnam (Vietnamese)</source>
            <translation>Vietnam (bahasa Vietnam)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="73" />
            <source>China (Simplified Chinese)</source>
            <translation>Tiongkok (bahasa Tionghoa Sederhana)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="74" />
            <source>Indonesia (Indonesian)</source>
            <translation>Indonesia (bahasa Indonesia)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="75" />
            <source>United States (English)</source>
            <translation>Amerika Serikat (bahasa Inggris)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="76" />
            <source>United Kingdom (English)</source>
            <translation>Inggris Raya (bahasa Inggris)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="80" />
            <source>Must fix</source>
            <translation>Wajib diperbaiki</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="81" />
            <source>Needs evidence</source>
            <translation>Perlu bukti</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="82" />
            <source>Check the fact</source>
            <translation>Periksa faktanya</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="83" />
            <source>Warning</source>
            <translation>Peringatan</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="84" />
            <source>Note</source>
            <translation>Catatan</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="85" />
            <source>Well done</source>
            <translation>Bagus sekali</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="144" />
            <source>1 second</source>
            <translation>1 detik</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="146" />
            <source>1 minute 1 second</source>
            <translation>1 menit 1 detik</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="146" />
            <source>1 minute {seconds} seconds</source>
            <translation>1 menit {seconds} detik</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="148" />
            <source>{minutes} minutes 1 second</source>
            <translation>{minutes} menit 1 detik</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="148" />
            <source>{minutes} minutes {seconds} seconds</source>
            <translation>{minutes} menit {seconds} detik</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="159" />
            <source>{index} of {total}. {severity} at {time}:</source>
            <translation>{index} dari {total}. {severity} pada {time}:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="163" />
            <source>You said: “{quote}”.</source>
            <translation>Kamu bilang: “{quote}”.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="165" />
            <source>Try: “{suggestion}”.</source>
            <translation>Coba: “{suggestion}”.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="174" />
            <source>{index} of {total}. {severity}. {sentence}</source>
            <translation>{index} dari {total}. {severity}. {sentence}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="186" />
            <source>Voice note from {author} at {time}: {text}</source>
            <translation>Catatan suara dari {author} pada {time}: {text}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="187" />
            <source>Voice note from {author} at {time}</source>
            <translation>Catatan suara dari {author} pada {time}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="189" />
            <source>Voice note at {time}: {text}</source>
            <translation>Catatan suara pada {time}: {text}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="189" />
            <source>Voice note at {time}</source>
            <translation>Catatan suara pada {time}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="191" />
            <source>Comment from {author} at {time}: {text}</source>
            <translation>Komentar dari {author} pada {time}: {text}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="193" />
            <source>Comment at {time}: {text}</source>
            <translation>Komentar pada {time}: {text}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="202" />
            <source>{title} — {app}</source>
            <translation>{title} — {app}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="300" />
            <source>Free practice (no script)</source>
            <translation>Latihan bebas (tanpa naskah)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="304" />
            <source>&amp;Script:</source>
            <translation>&amp;Naskah:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="315" />
            <source>&amp;Market:</source>
            <translation>&amp;Pasar:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="342" />
            <source>&amp;Feedback:</source>
            <translation>Masu&amp;kan:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="354" />
            <source>Messages</source>
            <translation>Pesan</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="355" />
            <source>Messa&amp;ges:</source>
            <translation>P&amp;esan:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="477" />
            <source>{app}: rehearse your livestream</source>
            <translation>{app}: latihan siaran langsung</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="478" />
            <source>Script</source>
            <translation>Naskah</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="479" />
            <source>The script you will rehearse. Free practice has no script.</source>
            <translation>Naskah yang akan kamu latih. Latihan bebas tidak memakai naskah.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="482" />
            <source>Market</source>
            <translation>Pasar</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="483" />
            <source>The market whose rules on claims are checked.</source>
            <translation>Pasar yang aturan klaimnya diperiksa.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="489" />
            <source>Feedback</source>
            <translation>Masukan</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="491" />
            <source>One item per piece of feedback. Enter plays the recording from that moment.</source>
            <translation>Satu baris untuk tiap masukan. Enter memutar rekaman dari saat itu.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="496" />
            <source>Teleprompter</source>
            <translation>Teleprompter</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="497" />
            <source>Read-only. The script text.</source>
            <translation>Hanya baca. Teks naskah.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="547" />
            <source>Sounds are off: {error}</source>
            <translation>Bunyi isyarat mati: {error}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="557" />
            <source>Recording. Elapsed time: {time}</source>
            <translation>Merekam. Waktu berjalan: {time}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="557" />
            <source>Not recording. Elapsed time: {time}</source>
            <translation>Tidak merekam. Waktu berjalan: {time}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="563" />
            <source>Stop recording</source>
            <translation>Hentikan rekaman</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="563" />
            <source>Stop recording ({key})</source>
            <translation>Hentikan rekaman ({key})</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="565" />
            <source>Start recording</source>
            <translation>Mulai merekam</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="565" />
            <source>Start recording ({key})</source>
            <translation>Mulai merekam ({key})</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="570" />
            <source>{app} — recording</source>
            <translation>{app} — merekam</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="593" />
            <source>Recording started. Press {key} again to stop.</source>
            <translation>Perekaman dimulai. Tekan {key} lagi untuk berhenti.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="594" />
            <source>Recording started.</source>
            <translation>Perekaman dimulai.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="600" />
            <source>Recording stopped after {duration}.</source>
            <translation>Perekaman berhenti setelah {duration}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="608" />
            <source>Not recording yet.</source>
            <translation>Belum merekam.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="610" />
            <source>Recording for {duration}.</source>
            <translation>Sudah merekam selama {duration}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="610" />
            <source>Last recording lasted {duration}.</source>
            <translation>Rekaman terakhir berdurasi {duration}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="615" />
            <source>Markers can be dropped while recording. Start recording first.</source>
            <translation>Penanda hanya bisa dipasang saat merekam. Mulai merekam dulu.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="622" />
            <source>Marker {number} at {time}.</source>
            <translation>Penanda {number} pada {time}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="650" />
            <source>Ready for another try. Press Start when you are ready.</source>
            <translation>Siap mencoba lagi. Tekan Mulai merekam kalau kamu sudah siap.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="656" />
            <source>Script chooser. 1 script. Use the arrow keys to choose.</source>
            <translation>Pilihan naskah. 1 naskah. Gunakan tombol panah untuk memilih.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="657" />
            <source>Script chooser. {count} scripts. Use the arrow keys to choose.</source>
            <translation>Pilihan naskah. {count} naskah. Gunakan tombol panah untuk memilih.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="734" />
            <source>No feedback yet.</source>
            <translation>Belum ada masukan.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="738" />
            <source>1 piece of feedback. Press {key} for the next one.</source>
            <translation>1 masukan. Tekan {key} untuk masukan berikutnya.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="739" />
            <source>{count} pieces of feedback. Press {key} for the next one.</source>
            <translation>{count} masukan. Tekan {key} untuk masukan berikutnya.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="741" />
            <source>1 piece of feedback.</source>
            <translation>1 masukan.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="741" />
            <source>{count} pieces of feedback.</source>
            <translation>{count} masukan.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="748" />
            <source>1 comment from your instructor. Press {key} to hear it.</source>
            <translation>1 komentar dari instrukturmu. Tekan {key} untuk mendengarnya.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="749" />
            <source>{count} comments from your instructor. Press {key} for the next one.</source>
            <translation>{count} komentar dari instrukturmu. Tekan {key} untuk komentar berikutnya.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="751" />
            <source>1 comment from your instructor.</source>
            <translation>1 komentar dari instrukturmu.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="752" />
            <source>{count} comments from your instructor.</source>
            <translation>{count} komentar dari instrukturmu.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="764" />
            <source>Your instructor left 1 comment.</source>
            <translation>Instrukturmu meninggalkan 1 komentar.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="765" />
            <source>Your instructor left {count} comments.</source>
            <translation>Instrukturmu meninggalkan {count} komentar.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="785" />
            <source>There is no feedback yet. Record first.</source>
            <translation>Belum ada masukan. Rekam dulu.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="793" />
            <source>That was the last piece of feedback.</source>
            <translation>Itu masukan terakhir.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="794" />
            <source>That was the first piece of feedback.</source>
            <translation>Itu masukan pertama.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="805" />
            <source>Choose a piece of feedback first, with {key}.</source>
            <translation>Pilih masukan dulu dengan {key}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="806" />
            <source>Choose a piece of feedback first.</source>
            <translation>Pilih masukan dulu.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="811" />
            <source>The voice note's file is missing, so it cannot be played.</source>
            <translation>Berkas catatan suaranya tidak ada, jadi tidak bisa diputar.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="814" />
            <source>Playing the voice note.</source>
            <translation>Memutar catatan suara.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="818" />
            <source>Playing from {time}.</source>
            <translation>Memutar dari {time}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="822" />
            <source>Nothing to repeat yet.</source>
            <translation>Belum ada yang bisa diulang.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="830" />
            <source>Zoom {percent} percent.</source>
            <translation>Zoom {percent} persen.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="842" />
            <source>Teleprompter shown.</source>
            <translation>Teleprompter ditampilkan.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="842" />
            <source>Teleprompter hidden.</source>
            <translation>Teleprompter disembunyikan.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="851" />
            <source>The script could not be read: {error}</source>
            <translation>Naskah tidak bisa dibaca: {error}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="854" />
            <source>No script chosen. Choose a script to see its text here.</source>
            <translation>Belum ada naskah yang dipilih. Pilih naskah untuk melihat teksnya di sini.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="860" />
            <source>Theme: {name}.</source>
            <translation>Tema: {name}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="887" />
            <source>Analysing a recording is not available: the rehearsal workflow is not running.</source>
            <translation>Analisis rekaman tidak tersedia: alur latihan tidak sedang berjalan.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="898" />
            <source>Video and audio files ({patterns})</source>
            <translation>Berkas video dan audio ({patterns})</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="899" />
            <source>All files ({patterns})</source>
            <translation>Semua berkas ({patterns})</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="900" />
            <source>Analyse a recording</source>
            <translation>Analisis rekaman</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="942" />
            <source>Analysing a recording</source>
            <translation>Menganalisis rekaman</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="943" />
            <source>File: {name}</source>
            <translation>Berkas: {name}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="945" />
            <source>Analysis progress</source>
            <translation>Kemajuan analisis</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="948" />
            <source>Cancel analysis ({key})</source>
            <translation>Batalkan analisis ({key})</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="950" />
            <source>Stop analysing this recording. Nothing is saved. The record key cancels too.</source>
            <translation>Hentikan analisis rekaman ini. Tidak ada yang disimpan. Tombol rekam juga bisa membatalkan.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="951" />
            <source>Cancel analysis</source>
            <translation>Batalkan analisis</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="979" />
            <source>This guide stays at the bottom of the window until you close it. Press {key} to go to it.</source>
            <translation>Panduan ini tetap ada di bagian bawah jendela sampai kamu menutupnya. Tekan {key} untuk pindah ke panduan.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="980" />
            <source>This guide stays at the bottom of the window until you close it.</source>
            <translation>Panduan ini tetap ada di bagian bawah jendela sampai kamu menutupnya.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="999" />
            <source>Welcome guide closed.</source>
            <translation>Panduan awal ditutup.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="1016" />
            <source>Loading your attempts, one moment.</source>
            <translation>Memuat percobaanmu, tunggu sebentar.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="1047" />
            <source>Your attempts could not be read: {error}</source>
            <translation>Percobaanmu tidak bisa dibaca: {error}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="1080" />
            <source>Stop the recording first, then open an earlier attempt.</source>
            <translation>Hentikan perekaman dulu, lalu buka percobaan sebelumnya.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="1091" />
            <source>That attempt is no longer in the library.</source>
            <translation>Percobaan itu sudah tidak ada di pustaka.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="1098" />
            <source>Feedback on your attempt of {date} at {time}.</source>
            <translation>Masukan untuk percobaanmu pada {date} pukul {time}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="1109" />
            <source>The session library is not available: the session database could not be opened.</source>
            <translation>Pustaka sesi tidak tersedia: database sesi tidak bisa dibuka.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/main_window.py" line="1245" />
            <source>Trainee profile saved: {name}.</source>
            <translation>Profil peserta disimpan: {name}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/charts.py" line="73" />
            <source>{name}: no values yet. The table next to the chart lists the values.</source>
            <translation>{name}: belum ada nilai. Tabel di samping grafik mencantumkan nilainya.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/charts.py" line="80" />
            <source>{name}: 1 value, {value} at {label}.</source>
            <translation>{name}: 1 nilai, {value} pada {label}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/charts.py" line="84" />
            <source>{name}: {count} values, from {first} at {first_label} to {last} at {last_label}; lowest {low} at {low_label}, highest {high} at {high_label}.</source>
            <translation>{name}: {count} nilai, dari {first} pada {first_label} sampai {last} pada {last_label}; terendah {low} pada {low_label}, tertinggi {high} pada {high_label}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/charts.py" line="100" />
            <source>Your range is {low} to {high}.</source>
            <translation>Rentangmu {low} sampai {high}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/charts.py" line="103" />
            <source>The table next to the chart lists every value.</source>
            <translation>Tabel di samping grafik mencantumkan semua nilai.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/charts.py" line="159" />
            <source>Timeline of findings</source>
            <translation>Garis waktu temuan</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/charts.py" line="182" />
            <source>Recording of {duration}; no findings.</source>
            <translation>Rekaman {duration}; tidak ada temuan.</translation>
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
            <translation>Rekaman {duration} dengan 1 temuan: {items}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/charts.py" line="190" />
            <source>Recording of {duration} with {count} findings: {items}.</source>
            <translation>Rekaman {duration} dengan {count} temuan: {items}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/charts.py" line="193" />
            <source>Left and Right arrows go to the previous and next finding.</source>
            <translation>Panah Kiri dan Kanan menuju temuan sebelumnya dan berikutnya.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/common.py" line="16" />
            <source>pace</source>
            <translation>tempo</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/common.py" line="17" />
            <source>dead air</source>
            <translation>jeda hening</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/common.py" line="18" />
            <source>filler</source>
            <translation>kata pengisi</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/common.py" line="19" />
            <source>stutter</source>
            <translation>terbata-bata</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/common.py" line="20" />
            <source>monologue</source>
            <translation>monolog</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/common.py" line="21" />
            <source>voice</source>
            <translation>suara</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/common.py" line="22" />
            <source>coverage</source>
            <translation>cakupan naskah</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/common.py" line="23" />
            <source>order</source>
            <translation>urutan</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/common.py" line="24" />
            <source>timing</source>
            <translation>waktu</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/common.py" line="25" />
            <source>deixis</source>
            <translation>kata tunjuk</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/common.py" line="26" />
            <source>claim</source>
            <translation>klaim</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/common.py" line="27" />
            <source>disclaimer missing</source>
            <translation>penafian tidak ada</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/common.py" line="28" />
            <source>framing</source>
            <translation>posisi di kamera</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/common.py" line="29" />
            <source>comment</source>
            <translation>komentar</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/common.py" line="30" />
            <source>viewer question</source>
            <translation>pertanyaan penonton</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/common.py" line="36" />
            <source>warning</source>
            <translation>peringatan</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/common.py" line="37" />
            <source>info</source>
            <translation>info</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/common.py" line="38" />
            <source>praise</source>
            <translation>pujian</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/common.py" line="102" />
            <source>Scroll left</source>
            <translation>Gulir ke kiri</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/common.py" line="102" />
            <source>Scroll right</source>
            <translation>Gulir ke kanan</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="61" />
            <source>no report</source>
            <translation>belum ada laporan</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="61" />
            <source>{rate} a minute</source>
            <translation>{rate} per menit</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="76" />
            <source>Trainee</source>
            <translation>Peserta</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="80" />
            <source>no script</source>
            <translation>tanpa naskah</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="85" />
            <source>Date</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="91" />
            <source>Duration</source>
            <translation>Durasi</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="95" />
            <source>Pace</source>
            <translation>Tempo</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="98" />
            <source>Coverage</source>
            <translation>Cakupan</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="104" />
            <source>Banned claims</source>
            <translation>Klaim terlarang</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="105" />
            <source>not checked</source>
            <translation>tidak diperiksa</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="110" />
            <source>Fillers</source>
            <translation>Kata pengisi</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="111" />
            <source>not counted</source>
            <translation>tidak dihitung</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="143" />
            <source>Trainee {trainee}, Script {script}, Date {date}, Duration {duration}, Pace {pace}, Coverage {coverage}, Banned claims {claims}, Fillers {fillers}.</source>
            <translation>Peserta {trainee}, Naskah {script}, Tanggal {date}, Durasi {duration}, Tempo {pace}, Cakupan {coverage}, Klaim terlarang {claims}, Kata pengisi {fillers}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="163" />
            <source>{column}: {value}</source>
            <translation>{column}: {value}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="312" />
            <source>Library messages</source>
            <translation>Pesan pustaka</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="331" />
            <source>Session library</source>
            <translation>Pustaka sesi</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="332" />
            <source>Trainee filter</source>
            <translation>Filter peserta</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="333" />
            <source>Show the sessions of one trainee, or of everyone.</source>
            <translation>Tampilkan sesi satu peserta, atau semua peserta.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="336" />
            <source>T&amp;rainee:</source>
            <translation>&amp;Peserta:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="338" />
            <source>Words said in the session. Case and accents are ignored. Results update as you type.</source>
            <translation>Kata yang diucapkan dalam sesi. Huruf besar-kecil dan tanda aksen diabaikan. Hasil diperbarui saat kamu mengetik.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="340" />
            <source>&amp;Search transcripts:</source>
            <translation>&amp;Cari di transkrip:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="342" />
            <source>Sessions. Arrow keys move; Enter opens the review; Delete deletes the session after you say yes. Column headers sort; Control plus Shift plus a column number sorts by that column.</source>
            <translation>Daftar sesi. Tombol panah untuk bergerak; Enter membuka tinjauan; Delete menghapus sesi setelah Anda setuju. Judul kolom untuk mengurutkan; Control plus Shift plus nomor kolom mengurutkan menurut kolom itu.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="347" />
            <source>Sess&amp;ions:</source>
            <translation>Daftar &amp;sesi:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="350" />
            <source>&amp;Open review</source>
            <translation>&amp;Buka tinjauan</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="350" />
            <source>Open the review of the selected session.</source>
            <translation>Buka tinjauan sesi yang dipilih.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="351" />
            <source>Re&amp;fresh</source>
            <translation>&amp;Muat ulang</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="351" />
            <source>Read the library again from the database.</source>
            <translation>Baca ulang pustaka dari database.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="353" />
            <source>Save the selected session as a report, scores, captions, every word with its time, or a bundle for another computer.</source>
            <translation>Simpan sesi yang dipilih sebagai laporan, skor, subtitel, setiap kata dengan waktunya, atau paket untuk komputer lain.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="355" />
            <source>I&amp;mport a bundle…</source>
            <translation>&amp;Impor paket…</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="356" />
            <source>Bring in a session bundle exported on another computer. A session already here is never overwritten.</source>
            <translation>Masukkan paket sesi yang diekspor di komputer lain. Sesi yang sudah ada di sini tidak pernah ditimpa.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="358" />
            <source>&amp;Delete session…</source>
            <translation>&amp;Hapus sesi…</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="359" />
            <source>Delete the selected session with its recording, transcript, report and comments, after you say yes. The Delete key in the table does the same.</source>
            <translation>Hapus sesi yang dipilih beserta rekaman, transkrip, laporan, dan komentarnya, setelah Anda setuju. Tombol Delete di tabel melakukan hal yang sama.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="374" />
            <source>Everyone</source>
            <translation>Semua peserta</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="400" />
            <source>1 session shown for the search {query}.</source>
            <translation>1 sesi ditampilkan untuk pencarian {query}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="402" />
            <source>{count} sessions shown for the search {query}.</source>
            <translation>{count} sesi ditampilkan untuk pencarian {query}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="405" />
            <source>1 session shown.</source>
            <translation>1 sesi ditampilkan.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="405" />
            <source>{count} sessions shown.</source>
            <translation>{count} sesi ditampilkan.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="407" />
            <source>Sessions, {count} shown</source>
            <translation>Sesi, {count} ditampilkan</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="426" />
            <source>Select a session first.</source>
            <translation>Pilih sesi dulu.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="446" />
            <source>the session of {trainee} on {date}, {script}</source>
            <translation>sesi {trainee} pada {date}, {script}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="450" />
            <source>Nothing was deleted.</source>
            <translation>Tidak ada yang dihapus.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="460" />
            <source>The session could not be deleted: {error}</source>
            <translation>Sesi tidak bisa dihapus: {error}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="469" />
            <source>Deleted {session}.</source>
            <translation>Sudah dihapus: {session}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/library_view.py" line="498" />
            <source>The review cannot open: {error}</source>
            <translation>Tinjauan tidak bisa dibuka: {error}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="38" />
            <source>English</source>
            <translation>Bahasa Inggris</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="39" />
            <source>Vietnamese (Tiếng Việt)</source>
            <translation>Bahasa Vietnam (Tiếng Việt)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="40" />
            <source>Chinese (中文)</source>
            <translation>Bahasa Tionghoa (中文)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="41" />
            <source>Indonesian</source>
            <translation>Bahasa Indonesia</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="46" />
            <source>Dead air</source>
            <translation>Jeda hening</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="47" />
            <source>Pauses</source>
            <translation>Jeda</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="49" />
            <source>Stutters (repetitions)</source>
            <translation>Terbata-bata (pengulangan)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="50" />
            <source>Long stretches without a call to action</source>
            <translation>Terlalu lama tanpa ajakan bertindak</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="51" />
            <source>Voice (pitch and loudness)</source>
            <translation>Suara (nada dan volume)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="52" />
            <source>Script coverage</source>
            <translation>Cakupan naskah</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="53" />
            <source>Describing what viewers see</source>
            <translation>Menjelaskan yang dilihat penonton</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="175" />
            <source>Edit trainee</source>
            <translation>Ubah peserta</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="175" />
            <source>Add trainee</source>
            <translation>Tambah peserta</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="176" />
            <source>&amp;Name:</source>
            <translation>&amp;Nama:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="178" />
            <source>The language the trainee rehearses and gets feedback in.</source>
            <translation>Bahasa yang dipakai peserta untuk berlatih dan menerima masukan.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="183" />
            <source>The market whose banned-claim rules apply.</source>
            <translation>Pasar yang aturan klaim terlarangnya berlaku.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="185" />
            <source>&amp;Own pace range (instead of the language's)</source>
            <translation>Rentang tempo &amp;sendiri (bukan bawaan bahasa)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="186" />
            <source>Pace low, per minute</source>
            <translation>Batas bawah tempo, per menit</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="187" />
            <source>Pace high, per minute</source>
            <translation>Batas atas tempo, per menit</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="188" />
            <source>Pace &amp;low (per minute):</source>
            <translation>Batas ba&amp;wah tempo (per menit):</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="189" />
            <source>Pace &amp;high (per minute):</source>
            <translation>Batas &amp;atas tempo (per menit):</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="190" />
            <source>Metrics (clear a box to switch the metric off for this trainee)</source>
            <translation>Metrik (hapus centang untuk mematikan metrik bagi peserta ini)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="193" />
            <source>Problems</source>
            <translation>Masalah</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="194" />
            <source>Read-only. What to fix before saving.</source>
            <translation>Hanya baca. Yang perlu diperbaiki sebelum menyimpan.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="196" />
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="235" />
            <source>Cannot save: {problem}.</source>
            <translation>Tidak bisa menyimpan: {problem}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="241" />
            <source>the trainee needs a name</source>
            <translation>peserta perlu nama</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/profile_dialog.py" line="247" />
            <source>the pace range must go from a lower to a higher rate, not {low} to {high}</source>
            <translation>rentang tempo harus dari angka yang lebih rendah ke yang lebih tinggi, bukan {low} sampai {high}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/progress_view.py" line="40" />
            <source>Fillers per hundred words</source>
            <translation>Kata pengisi per seratus kata</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/progress_view.py" line="41" />
            <source>Long silences</source>
            <translation>Hening panjang</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/progress_view.py" line="42" />
            <source>Viewer questions answered</source>
            <translation>Pertanyaan penonton yang dijawab</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/progress_view.py" line="46" />
            <source>Pace (words a minute)</source>
            <translation>Tempo (kata per menit)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/progress_view.py" line="47" />
            <source>Pace (syllables a minute)</source>
            <translation>Tempo (suku kata per menit)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/progress_view.py" line="48" />
            <source>Pace (characters a minute)</source>
            <translation>Tempo (karakter per menit)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/progress_view.py" line="142" />
            <source>Progress</source>
            <translation>Kemajuan</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/progress_view.py" line="144" />
            <source>Whose progress to show.</source>
            <translation>Kemajuan siapa yang ditampilkan.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/progress_view.py" line="146" />
            <source>Progress summary</source>
            <translation>Ringkasan kemajuan</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/progress_view.py" line="147" />
            <source>Read-only. How the scores moved.</source>
            <translation>Hanya baca. Perubahan skornya.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/progress_view.py" line="148" />
            <source>S&amp;ummary:</source>
            <translation>Ring&amp;kasan:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/progress_view.py" line="149" />
            <source>Progress metrics</source>
            <translation>Metrik kemajuan</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/progress_view.py" line="150" />
            <source>Metric tabs</source>
            <translation>Tab metrik</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/progress_view.py" line="154" />
            <source>{metric} chart</source>
            <translation>Grafik {metric}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/progress_view.py" line="156" />
            <source>{metric} table</source>
            <translation>Tabel {metric}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/progress_view.py" line="157" />
            <source>{metric} per session, oldest first.</source>
            <translation>{metric} per sesi, dari yang terlama.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/progress_view.py" line="165" />
            <source>Session</source>
            <translation>Sesi</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="86" />
            <source>T&amp;ranscript</source>
            <translation>T&amp;ranskrip</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="86" />
            <source>F&amp;indings</source>
            <translation>&amp;Temuan</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="86" />
            <source>&amp;Comments</source>
            <translation>K&amp;omentar</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="86" />
            <source>P&amp;acing</source>
            <translation>Te&amp;mpo</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="88" />
            <source>fast</source>
            <translation>cepat</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="88" />
            <source>slow</source>
            <translation>lambat</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="88" />
            <source>in range</source>
            <translation>sesuai</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="130" />
            <source>there is no session with the id {id}; it may have been deleted</source>
            <translation>tidak ada sesi dengan id {id}; mungkin sudah dihapus</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="135" />
            <source>Instructor</source>
            <translation>Instruktur</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="242" />
            <source>Review messages</source>
            <translation>Pesan tinjauan</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="359" />
            <source>Pacing curve</source>
            <translation>Kurva tempo</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="380" />
            <source>Review: {trainee}, {script}, {date}</source>
            <translation>Tinjauan: {trainee}, {script}, {date}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="386" />
            <source>Video of the session</source>
            <translation>Video sesi</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="388" />
            <source>&amp;Back 5 s</source>
            <translation>M&amp;undur 5 dtk</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="389" />
            <source>&amp;Forward 5 s</source>
            <translation>M&amp;aju 5 dtk</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="390" />
            <source>×</source>
            <translation>×</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="391" />
            <source>Playback speed</source>
            <translation>Kecepatan putar</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="392" />
            <source>Sp&amp;eed:</source>
            <translation>&amp;Laju:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="393" />
            <source>&amp;Timeline:</source>
            <translation>Garis &amp;waktu:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="395" />
            <source>Review panels</source>
            <translation>Panel tinjauan</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="396" />
            <source>Review panel tabs</source>
            <translation>Tab panel tinjauan</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="400" />
            <source>Transcript words</source>
            <translation>Kata dalam transkrip</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="403" />
            <source>One word per line; the word being played is highlighted. Enter plays from the selected word.</source>
            <translation>Satu kata per baris; kata yang sedang diputar disorot. Enter memutar dari kata yang dipilih.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="405" />
            <source>&amp;Words:</source>
            <translation>&amp;Kata:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="407" />
            <source>Report summary</source>
            <translation>Ringkasan laporan</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="408" />
            <source>Read-only. The spoken summary of the report.</source>
            <translation>Hanya baca. Ringkasan laporan yang diucapkan.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="410" />
            <source>Findings</source>
            <translation>Temuan</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="412" />
            <source>Feedback in order of importance. Enter plays from two seconds before the finding.</source>
            <translation>Masukan diurutkan dari yang terpenting. Enter memutar dari dua detik sebelum temuan.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="414" />
            <source>&amp;Findings:</source>
            <translation>Temua&amp;n:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="415" />
            <source>Why the selected finding is dismissed or overridden.</source>
            <translation>Alasan temuan yang dipilih diabaikan atau penilaiannya diganti.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="416" />
            <source>Rea&amp;son:</source>
            <translation>Ala&amp;san:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="418" />
            <source>&amp;Override finding</source>
            <translation>&amp;Ganti penilaian</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="420" />
            <source>Keep the finding but mark your different judgement, with the reason typed.</source>
            <translation>Pertahankan temuan, tetapi tandai bahwa penilaianmu berbeda, dengan alasan yang kamu ketik.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="422" />
            <source>Rest&amp;ore finding</source>
            <translation>Pul&amp;ihkan temuan</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="423" />
            <source>Undo a dismissal or override.</source>
            <translation>Batalkan pengabaian atau penggantian penilaian.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="425" />
            <source>Your comment; Enter adds it at the current moment.</source>
            <translation>Komentarmu; Enter menambahkannya pada saat ini.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="426" />
            <source>Co&amp;mment:</source>
            <translation>&amp;Komentar:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="427" />
            <source>&amp;Add comment at current time</source>
            <translation>Tam&amp;bah komentar di waktu ini</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="429" />
            <source>Play voice &amp;note</source>
            <translation>Putar catata&amp;n suara</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="430" />
            <source>Play the selected comment's voice note.</source>
            <translation>Putar catatan suara dari komentar yang dipilih.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="431" />
            <source>Comments</source>
            <translation>Komentar</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="432" />
            <source>Comments in time order. Enter plays from the comment's moment.</source>
            <translation>Komentar menurut urutan waktu. Enter memutar dari saat komentar itu.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="433" />
            <source>Comment &amp;list:</source>
            <translation>&amp;Daftar komentar:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="435" />
            <source>Pacing table</source>
            <translation>Tabel tempo</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="436" />
            <source>The speaking rate per window of the recording; Enter plays it.</source>
            <translation>Kecepatan bicara per potongan rekaman; Enter memutarnya.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="437" />
            <source>Pacing &amp;table:</source>
            <translation>Ta&amp;bel tempo:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="444" />
            <source>&amp;Pause</source>
            <translation>&amp;Jeda</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="444" />
            <source>&amp;Play</source>
            <translation>&amp;Putar</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="448" />
            <source>Stop &amp;voice note</source>
            <translation>Hentikan catatan &amp;suara</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="461" />
            <source>From {low} to {high} times, in steps of {step}. Keys: {slower} slower, {faster} faster.</source>
            <translation>Dari {low} sampai {high} kali, dengan langkah {step}. Tombol: {slower} lebih lambat, {faster} lebih cepat.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="476" />
            <source>No transcript yet.</source>
            <translation>Belum ada transkrip.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="484" />
            <source>No findings.</source>
            <translation>Tidak ada temuan.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="491" />
            <source>No comments yet.</source>
            <translation>Belum ada komentar.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="505" />
            <source>This session has no report yet.</source>
            <translation>Sesi ini belum punya laporan.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="524" />
            <source>at {time}</source>
            <translation>pada {time}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="538" />
            <source>{time}, {severity}: {finding}</source>
            <translation>{time}, {severity}: {finding}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="540" />
            <source>{time}, {severity}: {finding} (Dismissed by the instructor: {reason})</source>
            <translation>{time}, {severity}: {finding} (Diabaikan oleh instruktur: {reason})</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="542" />
            <source>{time}, {severity}: {finding} (Overridden by the instructor: {reason})</source>
            <translation>{time}, {severity}: {finding} (Penilaian diganti oleh instruktur: {reason})</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="569" />
            <source>{time}, {author}: voice note</source>
            <translation>{time}, {author}: catatan suara</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="571" />
            <source>{time}, {author}: {text} (with a voice note)</source>
            <translation>{time}, {author}: {text} (dengan catatan suara)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="572" />
            <source>{time}, {author}: {text}</source>
            <translation>{time}, {author}: {text}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="609" />
            <source>Window start</source>
            <translation>Awal potongan</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="609" />
            <source>Verdict</source>
            <translation>Penilaian</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="609" />
            <source>Rate ({unit} a minute)</source>
            <translation>Laju ({unit} per menit)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="613" />
            <source>not enough speech</source>
            <translation>ucapan terlalu sedikit</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="616" />
            <source>not judged</source>
            <translation>tidak dinilai</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="639" />
            <source>This session has no recording to play. The transcript and findings still work.</source>
            <translation>Sesi ini tidak punya rekaman untuk diputar. Transkrip dan temuan tetap bisa dipakai.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="643" />
            <source>This session has no recording to play. It should be at {path}. The transcript and findings still work.</source>
            <translation>Sesi ini tidak punya rekaman untuk diputar. Seharusnya rekaman ada di {path}. Transkrip dan temuan tetap bisa dipakai.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="653" />
            <source>The recording cannot be played: {error}.</source>
            <translation>Rekaman tidak bisa diputar: {error}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="655" />
            <source>The recording cannot be played: unknown error.</source>
            <translation>Rekaman tidak bisa diputar: kesalahan tidak diketahui.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="661" />
            <source>End of the recording.</source>
            <translation>Akhir rekaman.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="685" />
            <source>{position} of {duration}, speed {speed}×</source>
            <translation>{position} dari {duration}, kecepatan {speed}×</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="716" />
            <source>Paused at {time}.</source>
            <translation>Dijeda pada {time}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="726" />
            <source>Speed {speed} times.</source>
            <translation>Kecepatan {speed} kali.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="736" />
            <source>At {time} of {total}, speed {speed}.</source>
            <translation>Di {time} dari {total}, kecepatan {speed}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="794" />
            <source>Finding {number} of {count}. {finding}</source>
            <translation>Temuan {number} dari {count}. {finding}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="801" />
            <source>There are no findings in this session.</source>
            <translation>Sesi ini tidak punya temuan.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="806" />
            <source>That was the last finding.</source>
            <translation>Itu temuan terakhir.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="806" />
            <source>That was the first finding.</source>
            <translation>Itu temuan pertama.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="816" />
            <source>Type the comment for {time}, then press Enter.</source>
            <translation>Ketik komentar untuk {time}, lalu tekan Enter.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="821" />
            <source>Type the comment first.</source>
            <translation>Ketik komentarnya dulu.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="829" />
            <source>Comment added at {time}.</source>
            <translation>Komentar ditambahkan pada {time}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="840" />
            <source>Select a finding first.</source>
            <translation>Pilih temuan dulu.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="846" />
            <source>Type the reason first, then dismiss or override again.</source>
            <translation>Ketik alasannya dulu, lalu abaikan atau ganti penilaian lagi.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="852" />
            <source>Finding dismissed.</source>
            <translation>Temuan diabaikan.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="852" />
            <source>Finding overridden.</source>
            <translation>Penilaian temuan diganti.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="862" />
            <source>Finding restored.</source>
            <translation>Temuan dipulihkan.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="879" />
            <source>Recording a voice note for {time}. Press the same key to stop.</source>
            <translation>Merekam catatan suara untuk {time}. Tekan tombol yang sama untuk berhenti.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="897" />
            <source>Voice note saved at {time}.</source>
            <translation>Catatan suara disimpan pada {time}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="903" />
            <source>Select a comment with a voice note first.</source>
            <translation>Pilih dulu komentar yang punya catatan suara.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/review_window.py" line="907" />
            <source>The voice note file is missing: {name}.</source>
            <translation>Berkas catatan suara tidak ditemukan: {name}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="160" />
            <source>Rule pack messages</source>
            <translation>Pesan paket aturan</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="182" />
            <source>Rule pack for {market}</source>
            <translation>Paket aturan untuk {market}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="185" />
            <source>The market whose rules are shown and changed.</source>
            <translation>Pasar yang aturannya ditampilkan dan diubah.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="186" />
            <source>Pro&amp;blems:</source>
            <translation>&amp;Masalah:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="187" />
            <source>Problems in the centre's rule file</source>
            <translation>Masalah di berkas aturan pusat pelatihan</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="189" />
            <source>Read-only. Entries of the centre's rule file that cannot be used, with the file and line.</source>
            <translation>Hanya baca. Entri berkas aturan pusat pelatihan yang tidak bisa dipakai, beserta berkas dan barisnya.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="191" />
            <source>&amp;Rules:</source>
            <translation>&amp;Aturan:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="192" />
            <source>Rules</source>
            <translation>Aturan</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="195" />
            <source>One rule per line: its id, on or off, its severity, its category and what the centre changed. Alt+T turns the selected rule off or on, Alt+C changes its severity, Alt+A adds a phrase, Alt+N adds a new rule. Type the reason first (Alt+S).</source>
            <translation>Satu aturan per baris: id-nya, aktif atau nonaktif, tingkat ketegasannya, kategorinya, dan apa yang diubah pusat pelatihan. Alt+K mematikan atau mengaktifkan aturan yang dipilih, Alt+U mengubah tingkat ketegasannya, Alt+R menambah frasa, Alt+B menambah aturan baru. Ketik alasannya dulu (Alt+S).</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="201" />
            <source>Rule &amp;details:</source>
            <translation>&amp;Detail aturan:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="202" />
            <source>Rule details</source>
            <translation>Detail aturan</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="204" />
            <source>Read-only. Why the selected rule matters, what to say instead and its phrases.</source>
            <translation>Hanya baca. Mengapa aturan yang dipilih penting, kalimat penggantinya, dan frasa-frasanya.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="206" />
            <source>Rea&amp;son for the change:</source>
            <translation>Ala&amp;san perubahan:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="207" />
            <source>Reason for the change</source>
            <translation>Alasan perubahan</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="208" />
            <source>Every change needs a reason; it is kept with the change.</source>
            <translation>Setiap perubahan perlu alasan; alasannya disimpan bersama perubahan itu.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="209" />
            <source>Se&amp;verity:</source>
            <translation>Tin&amp;gkat ketegasan:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="210" />
            <source>Severity</source>
            <translation>Tingkat ketegasan</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="211" />
            <source>The severity to give the selected rule; Alt+C applies it.</source>
            <translation>Tingkat ketegasan untuk aturan yang dipilih; Alt+U menerapkannya.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="214" />
            <source>&amp;Phrase:</source>
            <translation>&amp;Frasa:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="215" />
            <source>Phrase to add</source>
            <translation>Frasa yang ditambahkan</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="218" />
            <source>Words the selected rule should also catch, as the trainee would say them. Enter adds the phrase.</source>
            <translation>Kata-kata yang juga harus ditangkap aturan yang dipilih, seperti yang akan diucapkan peserta. Enter menambahkan frasanya.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="221" />
            <source>Turn the selected rule off or back on for this centre, with the reason.</source>
            <translation>Matikan aturan yang dipilih atau aktifkan lagi untuk pusat pelatihan ini, dengan alasannya.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="222" />
            <source>&amp;Change severity</source>
            <translation>&amp;Ubah ketegasan</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="223" />
            <source>Give the selected rule the chosen severity, with the reason.</source>
            <translation>Terapkan tingkat ketegasan pilihanmu ke aturan yang dipilih, dengan alasannya.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="224" />
            <source>&amp;Add phrase</source>
            <translation>Tambah f&amp;rasa</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="225" />
            <source>Add the typed phrase to the selected rule, with the reason.</source>
            <translation>Tambahkan frasa yang kamu ketik ke aturan yang dipilih, dengan alasannya.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="226" />
            <source>&amp;New rule…</source>
            <translation>Aturan &amp;baru…</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="227" />
            <source>Add a rule of the centre's own: its phrases, category, severity and why.</source>
            <translation>Tambahkan aturan milik pusat pelatihan sendiri: frasa, kategori, tingkat ketegasan, dan alasannya.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="229" />
            <source>C&amp;lose</source>
            <translation>&amp;Tutup</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="230" />
            <source>Close the rule pack. Changes are already saved.</source>
            <translation>Tutup paket aturan. Perubahan sudah tersimpan.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="236" />
            <source>&amp;Turn on</source>
            <translation>Aktif&amp;kan</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="236" />
            <source>&amp;Turn off</source>
            <translation>Mati&amp;kan</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="241" />
            <source>No rules could be read.</source>
            <translation>Tidak ada aturan yang bisa dibaca.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="253" />
            <source>These entries of the centre's rule file are not used until they are fixed:</source>
            <translation>Entri berikut di berkas aturan pusat pelatihan tidak dipakai sampai diperbaiki:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="255" />
            <source>No problems.</source>
            <translation>Tidak ada masalah.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="314" />
            <source>{count} rules for {market}.</source>
            <translation>{count} aturan untuk {market}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="327" />
            <source>Select a rule first.</source>
            <translation>Pilih aturan dulu.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="332" />
            <source>Type the reason for this change first, then press the button again.</source>
            <translation>Ketik alasan perubahan ini dulu, lalu tekan tombolnya lagi.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="386" />
            <source>Type the phrase to add first.</source>
            <translation>Ketik dulu frasa yang mau ditambahkan.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="486" />
            <source>New centre rule for {market}</source>
            <translation>Aturan pusat pelatihan baru untuk {market}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="487" />
            <source>&amp;Phrases (one per line):</source>
            <translation>&amp;Frasa (satu per baris):</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="488" />
            <source>Phrases</source>
            <translation>Frasa</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="490" />
            <source>The words the rule catches, one phrase per line, as a trainee would say them.</source>
            <translation>Kata-kata yang ditangkap aturan ini, satu frasa per baris, seperti yang akan diucapkan peserta.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="492" />
            <source>&amp;Category:</source>
            <translation>&amp;Kategori:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="493" />
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="500" />
            <source>&amp;Why it matters:</source>
            <translation>&amp;Mengapa penting:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="501" />
            <source>Why it matters</source>
            <translation>Mengapa penting</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="502" />
            <source>Read to the trainee with each finding of this rule.</source>
            <translation>Dibacakan kepada peserta bersama setiap temuan dari aturan ini.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="503" />
            <source>What to say &amp;instead:</source>
            <translation>Kalimat &amp;pengganti:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="504" />
            <source>What to say instead</source>
            <translation>Kalimat pengganti</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="505" />
            <source>A compliant rewording the trainee can say.</source>
            <translation>Kalimat yang sesuai aturan untuk diucapkan peserta.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="506" />
            <source>Rea&amp;son for the new rule:</source>
            <translation>Ala&amp;san aturan baru:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="507" />
            <source>Reason for the new rule</source>
            <translation>Alasan aturan baru</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="511" />
            <source>Cannot save: {problem}</source>
            <translation>Tidak bisa menyimpan: {problem}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="512" />
            <source>Save ru&amp;le</source>
            <translation>Simpan &amp;aturan</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="513" />
            <source>Save the rule; it applies to the next analysis.</source>
            <translation>Simpan aturan; aturan ini berlaku mulai analisis berikutnya.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="515" />
            <source>Close without adding a rule.</source>
            <translation>Tutup tanpa menambah aturan.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/rules_dialog.py" line="590" />
            <source>Adjust the banned-claim rules for your centre: turn a rule off, change its severity, add phrases.</source>
            <translation>Sesuaikan aturan klaim terlarang untuk pusat pelatihanmu: matikan aturan, ubah tingkat ketegasannya, tambahkan frasa.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/transfer.py" line="35" />
            <source>Report as a web page</source>
            <translation>Laporan sebagai halaman web</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/transfer.py" line="36" />
            <source>Report as a PDF</source>
            <translation>Laporan sebagai PDF</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/transfer.py" line="37" />
            <source>Scores as a spreadsheet (CSV)</source>
            <translation>Skor sebagai lembar kerja (CSV)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/transfer.py" line="38" />
            <source>Captions (WebVTT)</source>
            <translation>Subtitel (WebVTT)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/transfer.py" line="39" />
            <source>Captions (SRT)</source>
            <translation>Subtitel (SRT)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/transfer.py" line="40" />
            <source>Every word with its time (JSON)</source>
            <translation>Setiap kata dengan waktunya (JSON)</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/transfer.py" line="41" />
            <source>Session bundle for another computer</source>
            <translation>Paket sesi untuk komputer lain</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/transfer.py" line="80" />
            <source>Export session</source>
            <translation>Ekspor sesi</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/transfer.py" line="103" />
            <source>Saved: {what}, as {path}.</source>
            <translation>Tersimpan: {what}, sebagai {path}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/transfer.py" line="108" />
            <source>The export did not work: {error}</source>
            <translation>Ekspor gagal: {error}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/transfer.py" line="111" />
            <source>Writing the session bundle, with the recording. This can take a moment.</source>
            <translation>Menulis paket sesi beserta rekamannya. Ini bisa memakan waktu sebentar.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/transfer.py" line="126" />
            <source>Import a session bundle</source>
            <translation>Impor paket sesi</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/transfer.py" line="138" />
            <source>The session in {name} is already in this studio. Import it as a copy, with a new id, and keep both?</source>
            <translation>Sesi di {name} sudah ada di studio ini. Impor sebagai salinan dengan id baru dan simpan keduanya?</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/transfer.py" line="159" />
            <source>Imported the session {title}.</source>
            <translation>Sesi {title} sudah diimpor.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/transfer.py" line="167" />
            <source>Nothing was imported: the session in {name} is already here.</source>
            <translation>Tidak ada yang diimpor: sesi di {name} sudah ada di sini.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/transfer.py" line="169" />
            <source>The import did not work: {error}</source>
            <translation>Impor gagal: {error}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/transfer.py" line="171" />
            <source>Checking the session bundle {name}.</source>
            <translation>Memeriksa paket sesi {name}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/transfer.py" line="179" />
            <source>Delete session</source>
            <translation>Hapus sesi</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/transfer.py" line="180" />
            <source>Delete {session}, with its recording, transcript, report and comments? This cannot be undone.</source>
            <translation>Hapus {session} beserta rekaman, transkrip, laporan, dan komentarnya? Ini tidak bisa dibatalkan.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/voice_note.py" line="89" />
            <source>No voice note is being recorded.</source>
            <translation>Tidak ada catatan suara yang sedang direkam.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/review/voice_note.py" line="94" />
            <source>Nothing was heard from {name}, so no voice note was saved. Check the microphone.</source>
            <translation>Tidak ada suara dari {name}, jadi catatan suara tidak disimpan. Periksa mikrofon.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/themes.py" line="37" />
            <source>Standard</source>
            <translation>Standar</translation>
        </message>
        <message>
            <location filename="../../studio/ui/themes.py" line="38" />
            <source>High contrast, dark</source>
            <translation>Kontras tinggi, gelap</translation>
        </message>
        <message>
            <location filename="../../studio/ui/themes.py" line="39" />
            <source>High contrast, light</source>
            <translation>Kontras tinggi, terang</translation>
        </message>
        <message>
            <location filename="../../studio/ui/themes.py" line="98" />
            <source>there is no theme called {theme}</source>
            <translation>tidak ada tema bernama {theme}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/themes.py" line="100" />
            <source>the theme file is not valid JSON ({problem})</source>
            <translation>berkas tema bukan JSON yang valid ({problem})</translation>
        </message>
        <message>
            <location filename="../../studio/ui/themes.py" line="103" />
            <source>the theme has no palette</source>
            <translation>tema tidak punya palet</translation>
        </message>
        <message>
            <location filename="../../studio/ui/themes.py" line="106" />
            <source>the colour {name} must be written like #1a2b3c, not {value}</source>
            <translation>warna {name} harus ditulis seperti #1a2b3c, bukan {value}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/themes.py" line="112" />
            <source>the theme has no colour {name} used by the style sheet</source>
            <translation>tema tidak punya warna {name} yang dipakai lembar gaya</translation>
        </message>
        <message>
            <location filename="../../studio/ui/welcome.py" line="34" />
            <source>Welcome to {app}. Here you practise selling on a livestream: you talk as you would on camera, and the app listens, then tells you what went well and what to change.</source>
            <translation>Selamat datang di {app}. Di sini kamu berlatih jualan lewat siaran langsung: kamu bicara seperti saat di depan kamera, lalu aplikasi mendengarkan dan memberi tahu apa yang sudah bagus dan apa yang perlu diubah.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/welcome.py" line="37" />
            <source>Three keys matter most.</source>
            <translation>Ada tiga tombol yang paling penting.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/welcome.py" line="39" />
            <source>Press {key} to start recording, and press it again to stop.</source>
            <translation>Tekan {key} untuk mulai merekam, lalu tekan lagi untuk berhenti.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/welcome.py" line="40" />
            <source>{command} has no key now: give it one in the settings.</source>
            <translation>{command} saat ini tidak punya tombol: tetapkan tombolnya di pengaturan.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/welcome.py" line="42" />
            <source>After a recording, press {key} to hear the next piece of feedback.</source>
            <translation>Setelah merekam, tekan {key} untuk mendengar masukan berikutnya.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/welcome.py" line="46" />
            <source>Press {key} at any time for the list of every command and its key.</source>
            <translation>Tekan {key} kapan saja untuk mendengar daftar semua perintah beserta tombolnya.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/welcome.py" line="53" />
            <source>To open the settings, press {key}, or choose {command} in the {menu} menu. There you can change the keys, the theme, the zoom, the voice, the countdown and the language.</source>
            <translation>Untuk membuka pengaturan, tekan {key}, atau pilih {command} di menu {menu}. Di sana kamu bisa mengubah tombol, tema, zoom, suara, hitung mundur, dan bahasa.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/welcome.py" line="56" />
            <source>To open the settings, choose {command} in the {menu} menu. There you can change the keys, the theme, the zoom, the voice, the countdown and the language.</source>
            <translation>Untuk membuka pengaturan, pilih {command} di menu {menu}. Di sana kamu bisa mengubah tombol, tema, zoom, suara, hitung mundur, dan bahasa.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/welcome.py" line="65" />
            <source>Nothing here is timed: take as long as you need. To hear this guide again, press {key}, or choose {command} in the {menu} menu.</source>
            <translation>Di sini tidak ada batas waktu: gunakan waktu sebanyak yang kamu perlukan. Untuk mendengar panduan ini lagi, tekan {key}, atau pilih {command} di menu {menu}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/welcome.py" line="68" />
            <source>Nothing here is timed: take as long as you need. To hear this guide again, choose {command} in the {menu} menu.</source>
            <translation>Di sini tidak ada batas waktu: gunakan waktu sebanyak yang kamu perlukan. Untuk mendengar panduan ini lagi, pilih {command} di menu {menu}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/welcome.py" line="111" />
            <source>&amp;Welcome guide:</source>
            <translation>Pan&amp;duan awal:</translation>
        </message>
        <message>
            <location filename="../../studio/ui/welcome.py" line="112" />
            <source>Welcome guide</source>
            <translation>Panduan awal</translation>
        </message>
        <message>
            <location filename="../../studio/ui/welcome.py" line="113" />
            <source>Read-only. What the app does and the keys that matter. Use the arrow keys to read.</source>
            <translation>Hanya baca. Kegunaan aplikasi dan tombol-tombol yang penting. Gunakan tombol panah untuk membaca.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/welcome.py" line="115" />
            <source>&amp;Close the guide</source>
            <translation>T&amp;utup panduan</translation>
        </message>
        <message>
            <location filename="../../studio/ui/welcome.py" line="116" />
            <source>Hide the guide. Help, Welcome guide shows it again.</source>
            <translation>Sembunyikan panduan. Pilih Panduan awal di menu Bantuan untuk menampilkannya lagi.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/widgets.py" line="56" />
            <source>Microphone level</source>
            <translation>Level mikrofon</translation>
        </message>
        <message>
            <location filename="../../studio/ui/widgets.py" line="74" />
            <source>not listening; the level shows while you record</source>
            <translation>tidak mendengarkan; level muncul saat kamu merekam</translation>
        </message>
        <message>
            <location filename="../../studio/ui/widgets.py" line="76" />
            <source>{percent} percent, silent or very quiet</source>
            <translation>{percent} persen, hening atau sangat pelan</translation>
        </message>
        <message>
            <location filename="../../studio/ui/widgets.py" line="78" />
            <source>{percent} percent, too quiet, move closer or speak up</source>
            <translation>{percent} persen, terlalu pelan, mendekatlah atau bicara lebih keras</translation>
        </message>
        <message>
            <location filename="../../studio/ui/widgets.py" line="80" />
            <source>{percent} percent, good</source>
            <translation>{percent} persen, bagus</translation>
        </message>
        <message>
            <location filename="../../studio/ui/widgets.py" line="82" />
            <source>{percent} percent, too loud, move back a little</source>
            <translation>{percent} persen, terlalu keras, mundur sedikit</translation>
        </message>
        <message>
            <location filename="../../studio/ui/widgets.py" line="87" />
            <source>Microphone level: {level}.</source>
            <translation>Level mikrofon: {level}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/widgets.py" line="124" />
            <source>Key for {command}</source>
            <translation>Tombol untuk {command}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/widgets.py" line="126" />
            <source>Press the new key for this command. Backspace removes the key. Tab moves to the next field.</source>
            <translation>Tekan tombol baru untuk perintah ini. Backspace menghapus tombolnya. Tab pindah ke kolom berikutnya.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/widgets.py" line="200" />
            <source>{key}: {reason}.</source>
            <translation>{key}: {reason}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/widgets.py" line="227" />
            <source>Read-only. Messages from the app, newest last. Use the arrow keys to read.</source>
            <translation>Hanya baca. Pesan dari aplikasi, yang terbaru paling bawah. Gunakan tombol panah untuk membaca.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="168" />
            <source>The recording could not start: {error}.</source>
            <translation>Perekaman tidak bisa dimulai: {error}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="181" />
            <source>The recording could not be analysed: {error}.</source>
            <translation>Rekaman tidak bisa dianalisis: {error}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="248" />
            <source>The file {name} could not be analysed: {error}.</source>
            <translation>Berkas {name} tidak bisa dianalisis: {error}.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="373" />
            <source>Skip the check</source>
            <translation>Lewati pemeriksaan</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="421" />
            <source>Starting the recording, one moment.</source>
            <translation>Memulai perekaman, tunggu sebentar.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="443" />
            <source>Get ready.</source>
            <translation>Bersiaplah.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="443" />
            <source>Get ready. Press {key} to start now.</source>
            <translation>Bersiaplah. Tekan {key} untuk mulai sekarang.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="458" />
            <source>Checking the camera, the microphone and the speaker. Press {key} or Escape to skip the check.</source>
            <translation>Memeriksa kamera, mikrofon, dan speaker. Tekan {key} atau Escape untuk melewati pemeriksaan.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="460" />
            <source>Checking the camera, the microphone and the speaker. Press Escape to skip the check.</source>
            <translation>Memeriksa kamera, mikrofon, dan speaker. Tekan Escape untuk melewati pemeriksaan.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="481" />
            <source>Microphone check: after this message, say a sentence, such as your product and its price, until you hear the result.</source>
            <translation>Pemeriksaan mikrofon: setelah pesan ini, ucapkan satu kalimat, misalnya nama produk dan harganya, sampai kamu mendengar hasilnya.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="490" />
            <source>The check is done: everything is ready.</source>
            <translation>Pemeriksaan selesai: semuanya siap.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="495" />
            <source>The check found 1 thing to look at. To fix it first, press {key} during the countdown.</source>
            <translation>Pemeriksaan menemukan 1 hal yang perlu dicek. Untuk memperbaikinya dulu, tekan {key} selama hitung mundur.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="497" />
            <source>The check found {count} things to look at. To fix them first, press {key} during the countdown.</source>
            <translation>Pemeriksaan menemukan {count} hal yang perlu dicek. Untuk memperbaikinya dulu, tekan {key} selama hitung mundur.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="500" />
            <source>The check found 1 thing to look at.</source>
            <translation>Pemeriksaan menemukan 1 hal yang perlu dicek.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="501" />
            <source>The check found {count} things to look at.</source>
            <translation>Pemeriksaan menemukan {count} hal yang perlu dicek.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="510" />
            <source>Check skipped.</source>
            <translation>Pemeriksaan dilewati.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="592" />
            <source>Compared with your last attempt: {comparison}</source>
            <translation>Dibandingkan percobaan terakhirmu: {comparison}</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="635" />
            <source>A recording is already being analysed. Press Escape or {key} to cancel it.</source>
            <translation>Sebuah rekaman sedang dianalisis. Tekan Escape atau {key} untuk membatalkannya.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="637" />
            <source>A recording is already being analysed. Press Escape to cancel it.</source>
            <translation>Sebuah rekaman sedang dianalisis. Tekan Escape untuk membatalkannya.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="640" />
            <source>Still analysing the last attempt, one moment.</source>
            <translation>Masih menganalisis percobaan terakhir, tunggu sebentar.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="643" />
            <source>Stop the rehearsal first, then analyse a recording.</source>
            <translation>Hentikan latihan dulu, lalu analisis rekaman.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="647" />
            <source>Analysing a recording needs the session library, which could not be opened.</source>
            <translation>Analisis rekaman memerlukan pustaka sesi, tapi pustaka itu tidak bisa dibuka.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="651" />
            <source>No recording chosen.</source>
            <translation>Belum ada rekaman yang dipilih.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="670" />
            <source>Analysing {name}. This can take a while; press Escape or {key} to cancel.</source>
            <translation>Menganalisis {name}. Ini bisa makan waktu; tekan Escape atau {key} untuk membatalkan.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="672" />
            <source>Analysing {name}. This can take a while; press Escape to cancel.</source>
            <translation>Menganalisis {name}. Ini bisa makan waktu; tekan Escape untuk membatalkan.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="683" />
            <source>The analysis is almost done and its results are being saved, one moment.</source>
            <translation>Analisis hampir selesai dan hasilnya sedang disimpan, tunggu sebentar.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="686" />
            <source>Analysis cancelled.</source>
            <translation>Analisis dibatalkan.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="689" />
            <source>Recording did not start, because a recording was being analysed. Press {key} to start recording now.</source>
            <translation>Perekaman tidak dimulai karena ada rekaman yang sedang dianalisis. Tekan {key} untuk mulai merekam sekarang.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="691" />
            <source>Recording did not start, because a recording was being analysed.</source>
            <translation>Perekaman tidak dimulai karena ada rekaman yang sedang dianalisis.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="707" />
            <source>Loading the speech model…</source>
            <translation>Memuat model pengenal suara…</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="709" />
            <source>Reading the file…</source>
            <translation>Membaca berkas…</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="714" />
            <source>Transcribing: {percent} percent</source>
            <translation>Mentranskripsi: {percent} persen</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="716" />
            <source>Transcribing: {percent} percent, less than a minute left</source>
            <translation>Mentranskripsi: {percent} persen, kurang dari semenit lagi</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="718" />
            <source>Transcribing: {percent} percent, about 1 minute left</source>
            <translation>Mentranskripsi: {percent} persen, sekitar 1 menit lagi</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="720" />
            <source>Transcribing: {percent} percent, about {minutes} minutes left</source>
            <translation>Mentranskripsi: {percent} persen, sekitar {minutes} menit lagi</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="723" />
            <source>Analysing what was said…</source>
            <translation>Menganalisis ucapan…</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="724" />
            <source>Saving the session: {percent} percent</source>
            <translation>Menyimpan sesi: {percent} persen</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="820" />
            <source>Free practice: no script.</source>
            <translation>Latihan bebas: tanpa naskah.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="840" />
            <source>The recording is still being saved. Try again in a moment.</source>
            <translation>Rekaman masih sedang disimpan. Coba lagi sebentar lagi.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="850" />
            <source>This attempt has no recording to play.</source>
            <translation>Percobaan ini tidak punya rekaman untuk diputar.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="851" />
            <source>There is no recording to play yet. Record an attempt first.</source>
            <translation>Belum ada rekaman untuk diputar. Rekam satu percobaan dulu.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="860" />
            <source>Playback is not available here ({error}). Open the session in the review screen.</source>
            <translation>Pemutaran tidak tersedia di sini ({error}). Buka sesinya di layar tinjauan.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="871" />
            <source>The voice note cannot be played here ({error}). Open the session in the review screen.</source>
            <translation>Catatan suara tidak bisa diputar di sini ({error}). Buka sesinya di layar tinjauan.</translation>
        </message>
        <message>
            <location filename="../../studio/ui/workflow.py" line="884" />
            <source>Playback stopped: {error}</source>
            <translation>Pemutaran berhenti: {error}</translation>
        </message>
        <message>
            <source>Sessions. Arrow keys move; Enter opens the review. Column headers sort; Control plus Shift plus a column number sorts by that column.</source>
            <translation type="vanished">Daftar sesi. Tombol panah untuk bergerak; Enter membuka tinjauan. Judul kolom untuk mengurutkan; Control plus Shift plus nomor kolom mengurutkan menurut kolom itu.</translation>
        </message>
        <message>
            <source>The speaker or headphones the pre-flight check plays its test tone on. The system default is the computer's default output.</source>
            <translation type="vanished">Speaker atau headphone tempat pemeriksaan sebelum merekam memutar nada uji. Default sistem adalah keluaran default komputer.</translation>
        </message>
        <message>
            <source>Change keys, theme, zoom, where messages go and the speech rate.</source>
            <translation type="vanished">Ubah tombol, tema, zoom, tujuan pesan, dan kecepatan bicara.</translation>
        </message>
    </context>
</TS>
